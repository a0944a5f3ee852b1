"""Sentences that lean on the one before them: a summary takes one only after it.

An extractive summary (bot/summary.py) lifts a few sentences out of an
article. A sentence that opens by pointing back ("But the patch…", "He
claimed…", "If so, an enclosure would…", "Cependant…", "Außerdem…", "但由于…")
reads wrong without its predecessor: the reader meets a "he" with no one
named, a "but" with nothing to contrast. ``leans_back`` tells those sentences
by their first words: connectives, personal and demonstrative pronouns,
answers ("Yes, …"), in the languages of the feeds we read; a short one by
its last ("Something felt odd about saying that."); and the rest of a sentence
before, with no clause of its own ("Of play, adventure, creativity, joy."). These are closed
classes of function words, not any site's wording. "This" before the text
itself or the present ("This post…", "This morning I saw…") and "It's time…"
point at nothing before; an expletive "it" elsewhere ("It was only a year ago
that…") is counted all the same: it costs a summary one candidate, never a
wrong reading.
"""

from __future__ import annotations

import re

from . import herenow

# First words that join a sentence to the one before it, casefolded, by language.
_CONNECTIVES = (
    "but and or so yet also however still then thus hence therefore moreover furthermore besides instead "
    "otherwise nevertheless nonetheless anyway indeed likewise similarly additionally consequently "
    "accordingly meanwhile regardless naturally unfortunately fortunately subsequently"  # en ("Actually, they made it…" only before its comma, not "Actually existing…": set66a F3, rev66d F4; not "plus", "car", "men": each opens plain sentences in another language)
    " donc alors aussi ainsi cependant pourtant toutefois ensuite puis enfin néanmoins sinon"  # fr ("mais": pt "more")
    " aber doch dann außerdem jedoch deshalb daher trotzdem dennoch zudem ebenfalls auch ansonsten sonst"
    " allerdings darum dabei dazu dadurch danach und"  # de ("also", German for "so", is the English word above)
    " et sedangkan namun tetapi"  # fr "and" (set24 F1), id "whereas", "however", "but" ("Sedangkan sisanya…")
    " pero además entonces así también aunque luego asimismo tampoco parce"  # es; fr "Parce que…" (set25 F5)
    " mas porém contudo então assim entretanto todavia"  # pt
    " ma però quindi inoltre anche poi tuttavia dunque altrimenti"  # it ("otherwise", set25 F5)
    " maar ook daarom toch dus echter bovendien"  # nl (and "toen", "then", below: _DUTCH)
    # (nl, de: "for this", "by that", "besides that": an adverb made of "here"/"there" and a preposition,
    # which stands for what the sentence before said; set14's finding 9: "Hiervoor kan beter GPU-Z…")
    " hiervoor hierdoor hiermee hierbij hierop hiervan hierin hierover hieruit hiertoe hierna"
    " daarvoor daardoor daarmee daarbij daarop daarvan daarin daarover daaruit daartoe daarna daarnaast daarentegen"
    " dafür davon darauf daran darüber darin daraus hierfür hierbei hierzu hiermit hierdurch deswegen folglich somit"
    " också därför dessutom dock"  # sv
    " но однако также поэтому зато тоже притом а и ведь причём впрочем или"  # ru ("А нужны они…", set21 F14; "or")
    " 그러나 하지만 또한 그리고 따라서 그래서 한편 다만 즉 그런데 게다가 그러므로 그렇다면 그러면 그럼"  # ko (set25 F5, set27 F10)
    " 대신 대신에 그렇기 그렇기에 반면 반면에 반대로 이처럼 그러니 그러니까"  # ko ("instead", "that is why…", set32 F13)
    # ko "such", "these", "this (is)", "to this" (set37 F2: "이러한 고민을 해결하기 위해…"; "이" alone: _KOREAN_HERE_AND_NOW)
    " 이러한 이런 이와 이는 이를 이에 이로써 이것은 이것이 이것을 그런 그러한 그것은 그것이 그는 그녀는 아니면"
    " ωστόσο όμως επίσης αλλά και έτσι επομένως συνεπώς παράλληλα εντούτοις"  # el
    " ama fakat ancak ayrıca yani çünkü dolayısıyla oysa üstelik bununla mesela örneğin"  # tr (set28 F15)
    " ale jednak więc dlatego także również ponieważ bo wtedy a"  # pl ("then"; "a", "and": set43 F8, cs too, below)
    " lebo pretože však preto takže tiež protože proto také tehdy"  # sk, cs (set29 F17: "Lebo tak sa posúvame vpred.")
    " اما ولی بنابراین همچنین لذا پس لكن ولكن لذلك كذلك أيضا"  # fa, ar ("but", "so", "also": set33 F10)
    " حالا سپس"  # fa ("now", "then": set39 F3, "حالا می‌توانید از فیلترهای این ماژول…" after the steps left out)
    " apoi lalu"  # ro, id ("then": set38 F8, "Lalu bagaimana mereka bisa…"; not "lalu lintas", traffic: _NOT_BACK)
)
# Personal pronouns and demonstratives that stand for something named before. Outside
# English, not "this", "it" and their kin: they open as many sentences about the text
# itself or the present ("Ce matin…", "Es gibt…", "Dieser Artikel…").
_POINTERS = (
    "he she they his her their them it its this that these those both latter former"  # en
    " elle ils elles celui celle ceux celles cela ceci ce cette sa leur leurs"  # fr ("il" is Italian's article too)
    " er beide diese dieser dieses diesem diesen"  # de ("sie" is also the polite "you": left out)
    " él ella ellos ellas eso ese esa esos esas esto ello esta estos estas"  # es ("este": Romanian "is")
    " ele ela eles elas isso esse essa ambos ambas entrambi entrambe"  # pt; es, it "both" (set43 F8: "Ambos são…")
    " lui lei loro ciò suo sua suoi sue questo questa questi queste"  # it ("Sa musique…", "Sua madre…": whose, the sentence before says; not
    # French "son", "ses": Spanish and Turkish "Son…", Turkish "Ses…")
    " hij zij ze dat"  # nl ("Dat doen ze omdat…", "that is what they do because…": set50 F3)
    " han hon"  # sv
    " он она оно они"  # ru
    # ru "his/her/their", "such", "another" (set39 re-read: "Его биографы…", "Другая серьёзная проблема…"; not "этот",
    # "эта", "это": "Этой осенью мы запускаем…", "Эта заметка о том…" open a text as often)
    " его её ее их такой такая такое такие другая другой другое другие"
    " denne dette disse"  # nb, da (set38 F8: "Denne fleksibiliteten baserer seg på…"; not "Denne uken…": herenow.NO_HER)
    " acest această aceste acești mereka"  # ro, id (set38 F8: "Acest pas…", "Mereka…": "this step", "they")
    " او وی آنها ایشان"  # fa ("he/she", "they": set39 F3, "او که وضع مالی خوبی ندارد…" of a teacher named before)
    " bunlar bunu bunun buna bunda bundan bunları şunlar onun onlar onları"  # tr ("bu" itself: _TURKISH_HERE_AND_NOW)
)
_FIRST_WORDS = frozenset((_CONNECTIVES + " " + _POINTERS).split())
# ... but these are English words or names too: they lean back only in a sentence with a letter of those languages.
_SHARED_SPELLING = frozenset(["ale", "bo", "ama", "proto", "preto", "yani", "a"])  # ("A nebyl by to člověk…", set43 F8)
_SLAVIC_OR_TURKISH = re.compile("[ąęłżźśćńýžčřľťďňůěšışğа-я]")  # (no re.I: "ı" would match "i")
_SLAVIC_WORD = re.compile(r"\b\w*[ąęłżźśćńýžčřľťďňůěš]\w*")
# Czech and Slovak: a pronoun as the sentence's second word, after its verb, stands for someone or something named
# before ("Vděčíme jí za rozhýbání…", "we owe her…"; "Neznamená to, že…", "that does not mean…": set48 F1); "to" only
# before a comma or after a past tense ("Byla to blesková akce…", "it was…": set48's re-read; not Polish "Python to
# język…": "is").
_CLITICS = frozenset(["jí", "ho", "mu", "jim", "ji", "to"])
_CZECH_OR_SLOVAK = re.compile("^(?!.*[ışğ]).*[ýžčřľťďňůěš]", re.S)  # (not Turkish: "Kod mu yazıyorsunuz?", a question)
_CLITIC = re.compile(r"\w+ (?:jí|ho|mu|jim|ji)\b(?! [-–])|\w+ to,|\w{2,}l[aoiy]? to\b")
# Connectives that point back as a sentence's second or third word too ("MetaTrader 5, invece, è…": set20 F12;
# "The company, however, said…"; "Sie ist jedoch…").
_SECOND_WORDS = frozenset([
    "also", "however", "invece", "tuttavia", "jedoch", "allerdings", "cependant", "pourtant", "όμως", "ωστόσο",
    "이러한", "이런", "그러한",  # (ko "such", "these": "GenSpark는 이러한 고민을 해결하기 위해…", set37 F2)
    "donc", "dessutom",  # (fr "so": "Nous arrivons donc dans une phase…", set49 F16; sv "besides": set65a F8)
])  # fmt: skip
# "The above": the sentences before ("Αναλύοντας το παραπάνω τρίπτυχο…", "The above list…": set24's re-read, N4;
# not "Prices above $5…").
_ABOVE = frozenset(["above", "παραπάνω", "obigen", "obige", "obiges", "aforementioned", "abovementioned"])
# "The" before a word that picks one of things named before ("The second algorithm generates…", "The two systems…",
# "The latter…", "The same goes for…": set48 F1; "The remaining, more expensive attack vector…": set62 D031; not "The
# former president…", "The first…", "The third installment of Unidentified Paper Object…", a name ("The Second World
# War…", "The Two Towers…"), a time ("The fourth quarter…"): a start of its own).
_WHICH_OF = frozenset(["second", "third", "fourth", "latter", "two", "three", "same", "remaining"])
_TIMES = frozenset(["quarter", "half", "season", "round", "day", "week", "month", "year", "time", "century"])
_ARTICLES = frozenset(
    ["the", "το", "τα", "τον", "την", "της", "των", "ο", "η", "οι", "die", "der", "das", "den", "dem"]
)
_NOT_BACK = {"this": herenow.HERE_AND_NOW, "these": herenow.HERE_AND_NOW, "it": frozenset(["time"]),
             "lalu": frozenset(["lintas", "lalang"]),  # (nl "dat" before a subject: "Dat het kabinet zou vallen, wist…")
             "dat": frozenset(["het", "de", "een", "er", "ik", "je", "we", "ze", "hij", "zij", "fiind", "u", "men"]),
             **dict.fromkeys(["denne", "dette", "disse", "acest", "această", "aceste", "acești"], herenow.NO_HER),
             **dict.fromkeys(["diese", "dieser", "dieses", "diesem", "diesen"], herenow.HIER_UND_JETZT),
             "ce": herenow.ICI_ET_MAINTENANT, "cette": herenow.ICI_ET_MAINTENANT,
             "questo": herenow.QUI_E_ORA, "questa": herenow.QUI_E_ORA, "questi": herenow.QUI_E_ORA, "queste": herenow.QUI_E_ORA,
             **dict.fromkeys(["esta", "estos", "estas"], herenow.AQUI_Y_AHORA)}  # fmt: skip
# Turkish "bu" ("this") before a word for the text itself or the present opens a sentence of its own ("Bu yazıda…",
# "Bu hafta…"); before anything else it stands for what was said ("Bu dönemde…", "Bu yolculuğun kalbinde ise…":
# set28 F15). Stems: the word takes its case endings ("yazımda", "haftaki").
_TURKISH_HERE_AND_NOW = ("yazı", "hafta", "gün", "sabah", "akşam", "yıl", "blog", "video", "bölüm", "site", "sayfa",
                         "makale", "podcast", "sezon", "rehber", "içerik", "ay ", "ayki", "sene")  # fmt: skip
# An enumeration's later step, before a comma ("Second, inspired by the hinge loss, we…": the first is elsewhere;
# not "Finally, …" or "Lastly, …", which read as a last point on their own).
_LATER_STEPS = frozenset(["second", "secondly", "third", "thirdly", "fourth", "zweitens", "drittens",
                          "deuxièmement", "ensuite", "segundo", "tercero"])  # fmt: skip
_RUSSIAN_ABOVE = re.compile(r"(?i:\bвыше(?:написанн|сказанн|указанн|перечисленн|изложенн|приведённ|приведенн)\w*)")
_RUSSIAN_STEP = re.compile(r"(?i:во-вторых|в-третьих|в-четв[её]ртых|в-пятых)\b")  # ("В-третьих, мы просим…": set30 F11)
_THIRD_ONLY = [
    ("one", "of"),
    ("as", "can"),
    ("as", "you"),
    ("uno", "de"),
    ("una", "de"),
    ("think", "of"),
]  # (pairs read with _THIRD)
# Two-word openers that point back, where neither word alone does.
_PHRASES = frozenset([
    ("if", "so"), ("even", "so"), ("in", "addition"), ("as", "a"), ("in", "fact"), ("on", "the"),
    ("at", "the"), ("de", "plus"), ("par", "ailleurs"), ("en", "effet"), ("sin", "embargo"), ("sauf", "que"),
    # (set49 F16: "Sauf que, comme…", "С другой, если…", "Так вот, …", "Вот отсюда…"; not "Вот так выглядит…:", "Вот
    # с чего стоит начать…": what follows)
    ("с", "другой"), ("так", "вот"), ("вот", "отсюда"), ("вот", "поэтому"), ("вот", "почему"),
    ("por", "eso"), ("por", "esto"), ("por", "ello"), ("por", "tanto"), ("além", "disso"), ("при", "этом"), ("кроме", "того"), ("тем", "более"), ("of", "course"), ("after", "all"),
    ("in", "each"), ("in", "both"), ("in", "either"), ("in", "that"), ("in", "such"),
    # (set24 F1: "If not, are there…", "To that end we…", "Il s’agit d’un…", "Mit ihm klären wir…")
    ("if", "not"), ("to", "that"), ("il", "s"), ("mit", "ihm"), ("mit", "ihr"), ("mit", "ihnen"),
    # (set25 F5: "Por exemplo, sinto raiva…": an example of what the sentence before said)
    ("for", "example"), ("for", "instance"), ("por", "exemplo"), ("por", "ejemplo"), ("par", "exemple"),
    ("per", "esempio"), ("zum", "beispiel"), *_THIRD_ONLY,
    ("şaka", "bir"), ("even", "for"), ("da", "har"), ("som", "var"),  # ("Şaka bir yana, …"; "Even for…": set38 F8; nb "Da har du…", "Som var det…": set66a F3; not "Da har regjeringen…", "Som var fallet…": rev66d F5)
    # ("Speaking of virtualisation, they're…", "Em troca, chamadas…", "V tu dobu jsem…": set44 F11, set43 F8)
    ("speaking", "of"), ("talking", "of"), ("hablando", "de"), ("falando", "de"),
    ("v", "tu"), ("v", "té"), ("w", "tym"), ("in", "other"),  # ("In other words: even when…", set43's re-read)
    ("in", "short"), ("simply", "put"), ("put", "simply"), ("zjednodušeně", "řečeno"),  # ("Simply put, …": set43 F8)
])  # fmt: skip
# ... but only these continuations of the ambiguous ones ("As a result", "On the other hand", "At the same time";
# "In each case", "In both cases", "In that case": the cases the sentence before told, the demo's "In each case
# the attacker installed…" after "we have responded to four intrusions").
_THIRD = {("as", "a"): ("result",), ("on", "the"): ("other",), ("at", "the"): ("same",), ("in", "each"): ("case",),
          ("in", "both"): ("cases",), ("in", "either"): ("case",), ("in", "that"): ("case",), ("in", "such"): ("cases",),
          # (set36 F11: "One of them is the world's most famous…", its "three clients" left out; "As can be seen, I…"; not
          # "One of those things that…", "One of these days…")
          ("one", "of"): ("them",), ("as", "can"): ("be",), ("as", "you"): ("can",),
          ("uno", "de"): ("ellos", "ellas", "estos"), ("una", "de"): ("ellas", "estas"),
          # ("Think of it as the Sexy IPOs versus the SaaS-y IPOs.": what the sentence before named, set46 F14; with
          # "as" or "like" after it: _THINK_OF_AS)
          ("think", "of"): ("it", "this", "that", "them"),
          ("in", "other"): ("words",), ("da", "har"): ("du", "dere"), ("som", "var"): ("det",), ("v", "tu"): ("dobu", "chvíli"), ("v", "té"): ("době", "chvíli"), ("w", "tym"): ("czasie",)}  # fmt: skip
_THINK_OF_AS = re.compile(r"(?i:think\s+of\s+(?:it|this|that|them)\s+(?:as|like)\b)")
# A preposition before a demonstrative: "During that time…", "After those talks…",
# "For this reason…" (but not "In this post…", "At this time of year…": the text, the
# present; nor "For those of you…", "For those who…": the readers).
_BEFORE_A_DEMONSTRATIVE = (
    "during after before since despite for with by because from until following given through via under"
    " without within beyond unlike besides using"  # en ("Using that as a baseline…": set24 F1)
    " pendant après avant depuis malgré pour avec während nach vor seit trotz durante después antes desde"
)
_DEMONSTRATIVE = "that those this these ce cette ces cela dieser diese dieses diesem diesen ese esa esos esas"
_PREPOSITIONS, _DEMONSTRATIVES = frozenset(_BEFORE_A_DEMONSTRATIVE.split()), frozenset(_DEMONSTRATIVE.split())
# Answers to a question the previous sentence asked ("Yes, the free version…", "Oui, …").
_ANSWERS = frozenset(["yes", "no", "oui", "non", "ja", "nein", "sí", "si", "não", "sim", "да", "нет"])
# Languages written without spaces: the sentence's first characters.
_CJK_OPENERS = (
    "但", "而且", "因此", "所以", "此外", "另外", "同时", "不过", "然而", "他", "她", "它", "該", "该", "其中",
    # "then", "at this point", "here", "so": a step or an explanation of what came before (unseen8's blogs)
    "然后", "然後", "此时", "此時", "这里", "這裡", "那么", "那麼", "接着", "接著",
    "しかし", "また、", "そのため", "それ", "その", "彼", "さらに", "ただし", "なお、", "一方", "ここで", "そこで",
    "これを", "これに", "これで", "ちなみに", "そして",  # ("これを受けて…", "in response to this"; "by the way": set20 F12)
    # "such", "in this way", "like this": what was just said (set22 F12: "そんな君のために…", "for someone like you")
    "そんな", "そうした", "そういう", "そういった", "こうした", "こうして", "このように", "这样", "這樣",
    "とすると",  # ("when you do that": a step that follows one left out, a command before it: set46 F6)
    "ですが", "でも", "だが", "とはいえ",  # ("but": set23 D2, "ですが本品は…" answering a sentence left out)
    "なぜなら", "というのも", "つまり", "だから",  # ("because", "that is", "so": set24's re-read, N6)
    # "whereas", "conversely", "or", "otherwise", "instead" (set32 F13: "而如果需要访问…", "反之无量骤降同理…"; "或"
    # alone below: not "或许", "perhaps")
    "而", "反之", "或者", "否则", "否則", "反而", "于是", "於是",
    "就没", "就沒", "就不", "就这样", "就這樣",  # ("so (I) did not…": set39 F3, "就没进去玩，…"; not "就不同…")
)  # fmt: skip
# "Of course, …", "in fact, …" before a pointer ("当然，这句话我问的是我自己": set39 F3): the pointer is what leans.
_ASIDE = ("当然，", "當然，", "其实，", "其實，")
_PERHAPS = ("或许", "或許", "或多或少")
# "This", "these" before a noun (Japanese この, Chinese 这个/這個, 这些…): what was just said, but before the text
# itself or the present ("この記事では…", "このブログ", "这个周末…"); and Korean "이" before such a noun ("이 글에서는…").
_THIS_NOUN = ("この", "这个", "這個", "这些", "這些", "这种", "這種", "这项", "這項", "这句", "這句", "这件", "這件", "这一", "這一")  # fmt: skip
_CJK_HERE_AND_NOW = ("記事", "ブログ", "投稿", "エントリ", "ページ", "サイト", "本", "動画", "週", "日", "度", "たび", "前",
                     "間", "春", "夏", "秋", "冬", "年", "天", "月", "周末", "週末", "月", "星期", "博客", "部落格", "网站",
                     "網站", "系列", "视频", "影片", "文章")  # fmt: skip
_KOREAN_HERE_AND_NOW = ("글", "포스트", "포스팅", "블로그", "영상", "시간", "주", "달", "해", "책", "번", "페이지", "사이트")  # fmt: skip
# A Japanese sentence that opens with the particle that closes a quotation: the rest of the sentence before
# ("これは大変なことだ。" / "と慌てたＡ社の経営者は…", "…」という言葉を…": set24 F3), not "とても…", "ところで…".
_QUOTATIVE = re.compile(r"と[\u4e00-\u9fff]|という|といった|って")
_OPENING = re.compile(r"[\W_]*(\w+)(?:[’']\w+)?([,!]?)(?:\W+(\w+))?(?:\W+(\w+))?")


# A demonstrative that ends a short sentence stands for what was said before it ("Something felt odd about
# saying that.": set9's finding 5, the "Screw it. Let's just delete the thing." it points to left out); a
# longer one has room for what it points to ("…a better scheduler…, and Microsoft is looking at that.").
_SHORT = 10  # words
_LAST_POINTER = re.compile(r"\s(?:that|this|these|those|cela|ça|das|dies|dat|dit|eso|esto)[.!?…]*[\"'”’»)]*$", re.I)


# An opening clause that ends on a bare demonstrative stands for what was said before it (set40 F9: "To work
# around this, you can create an OpenRC service…", the problem it works around left out): an infinitive and
# its object ("To do this,", "To fix that,"), or a preposition and it ("Because of this,", "On top of that,",
# "In addition to this,"); not "that" the conjunction ("We hope that, in time, …", "To ensure that, in case of…"),
# nor "Welcome to this, the 100th issue". (English only, as yet.)
_CLAUSE_POINTER = re.compile(
    r"(?!welcome\b)(?:to\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:this|these|those)"  # ("To ensure that, in case…": a conjunction)
    r"|(?:[^\W\d_]+\s+){0,3}(?:of|to|from|with|on|about|like|around|despite|besides)\s+(?:this|that|these|those))\s*,",
    re.I,
)


# What was shown or said before, anywhere in a sentence ("I did not make a dovetail marker as shown there…",
# "…as mentioned above": set44 F11; "As anticipated before, the final goal…": set48 F1; "as shown below" points at
# what follows: usable.py leaves it out).
# A conclusion from what was said before, inside the sentence ("Any variable … is therefore never added": set44's
# re-read, N2; not one the sentence draws itself, "…(and thus uses Sprint's back-end)"), and some of the things the sentence before listed ("If you would like any of these
# items, …": set44 F11; not "one of those things that…", "one of these days").
_THEREFORE = re.compile(
    r"(?<![,;(])(?<!\band)\s(?:therefore|consequently)\b"
)  # (not "…and thus uses…", "; consequently")
_OF_THESE = re.compile(
    r"\b(?i:of (?:these|those) (?!days|weeks|months|years|times)[^\W\d_]+s)\b(?!\s+(?:that|who|which|where|of)\b)"
)
_AS_SAID = re.compile(  # (where it ends its clause: not "as seen earlier this year in…", "as seen above Oslo")
    r"(?i:\bas (?:shown|seen|described|mentioned|explained|noted|discussed|said|stated|anticipated)"
    r" (?:there|above|earlier|before|previously))(?=\s*[,.;:!?)]|$)"
)
# In return for what the sentence before said, before a comma ("Em troca, chamadas automáticas…": set43 F8; not "In
# exchange for data, users get…"), what follows from it ("In doing so, …"), its next step ("In it's turn, …": set58 F4).
_IN_RETURN = re.compile(
    r"(?i:in exchange|in return|em troca|en cambio|en échange|en retour|im gegenzug|in cambio|(?:in|by) doing (?:so|this|that)"
    r"|in (?:(?:its|it['’]s|their|his|her) )?turn|à (?:son|leur) tour|a su vez|por sua vez|a sua volta),"
)


# A sentence that is only the rest of the one before (set15 finding 5): an infinitive or a string of them, with
# no clause of its own ("To tell yourself that this is important…, to dedicate time, to practice…" after "To
# commit, you have to commit in the gut."); a short one opening with "of" ("Of play, adventure, creativity, joy."
# after "…create, from a place of aliveness."); Spanish "O que…", "O sea…" ("or that…", "that is…"; but the
# Portuguese question "O que é…?").
_FRAGMENT = 6  # words
_SPANISH_AFTER_Y = frozenset(["si", "no", "es", "eso", "esto", "lo", "la", "las", "los", "le", "les", "el", "en", "que",
                              "ya", "luego", "así", "cuando", "ahora", "por", "para", "aunque", "además", "al", "del",
                              "se", "me", "nos"])  # fmt: skip
_INFINITIVES = re.compile(r"to\s[^,;]+(?:[,;]\s+to\s[^,;]+)+[.!…]*", re.I)


def _goes_on_from_before(sentence: str, first: str, second: str) -> bool:
    if first == "to":
        return _INFINITIVES.fullmatch(sentence.rstrip("\"'”’ ")) is not None
    if first == "of":  # (a longer one has room for its own clause: "Of his budding vocabulary, identifying dogs was…")
        return sentence.count(" ") < _FRAGMENT
    if first == "y":  # (Spanish "And…": "Y si hubiera conocido…", set49 F16; not "Y Combinator…", "Y chromosome…",
        # French "Y compris…", Vietnamese "Y tế…", Welsh "Y llywodraeth…", "Y tu mamá también")
        return sentence[1:2] == " " and second in _SPANISH_AFTER_Y
    if first != "o":
        return False
    return second in ("sea", "eso", "esto") or (second == "que" and not sentence.rstrip().endswith("?"))


# Devanagari's and Bengali's first words that point back (set33 F10: "किन्तु प्रत्येक व्यक्ति…", "but every person…"; "যদিও
# এটা…", "although this…"; "এর মধ্যে…", "among these…"): read by the first word whole, as "\w" stops at a vowel sign.
_INDIC_OPENERS = frozenset(
    ["किन्तु", "किंतु", "लेकिन", "परंतु", "परन्तु", "इसलिए", "अतः", "तथा", "अब", "वह", "वे", "उन्होंने", "इसके", "इसी"]
    + ["কিন্তু", "তবে", "যদিও", "তাই", "অতএব", "এর", "সে", "তিনি", "তার", "তারা", "এটা", "এটি", "ফলে"]
)


# Dutch "then" before a finite verb, "and" before what leans (set50 F3: "Toen werd bekend dat…", "En dat betekent…"; not
# "Toen Jan thuiskwam, …", "when"; not "En 2020…", "in"), "Die" before a verb ("Die moet…"; not "Die Regierung…").
_TOEN_VERBS = frozenset(["werd", "was", "kwam", "bleek", "ging", "had", "kreeg", "begon", "volgde", "zei", "stond", "is",
                         "waren", "werden", "kwamen", "gingen", "hadden", "moest", "kon", "wilde", "zag", "viel", "brak"])  # fmt: skip
_EN_BEFORE = frozenset(["dat", "dit", "het", "daarom", "toen", "ook", "zo", "dan", "daar", "die", "nu", "dus"])
_DIE_VERBS = frozenset(["is", "was", "moet", "kan", "heeft", "wordt", "werd", "zal", "gaat", "zijn", "waren", "mag", "wil",
                        "ist", "hat", "wird", "kann", "muss", "sind", "war", "soll"])  # fmt: skip
# "According to them" in the first clause (set50 F3: "…gaat volgens hen helemaal fout."; not "…firms, and according to…").
_ACCORDING = re.compile(
    r"(?i:\b(?:according to (?:him|her|them)|volgens (?:hem|haar|hen|hun)|laut (?:ihm|ihr|ihnen)"
    r"|selon (?:lui|elle|elles|eux)|según (?:él|ella|ellos|ellas))\b)"
)
_ACCORDING_WORDS = ("ording", "olgens", "aut ", "elon ", "egún ")  # (one of them first: the search is skipped)
# After "Because, <an aside>,": a main clause of its own ("Because, in 2019, the law changed, all…"), not a relative one.
_MAIN_CLAUSE = re.compile(r",\s+(?!(?:which|who|whom|whose|where|when|and|but|or|so|as|not|with|while|though|although"
                          r"|since|because|if|like|such|including|especially|even|that)\b)\w")  # fmt: skip


def _joined(first: str, mark: str, second: str, sentence: str) -> bool:
    if first == "toen":
        return second in _TOEN_VERBS
    if first == "en":
        return second in _EN_BEFORE
    if first == "because":  # ("Because, like you say, at that point…, which…": a reason for what was said before)
        return mark == "," and _MAIN_CLAUSE.search(sentence.split(",", 2)[-1]) is None
    return first == "die" and second in _DIE_VERBS


def leans_back(sentence: str) -> bool:
    """Whether the sentence's first words point back to a sentence before it, or its last word does."""
    if "\u0900" <= sentence[:1] <= "\u09ff":  # (Devanagari, Bengali)
        return sentence.split(None, 1)[0].rstrip(",;:।") in _INDIC_OPENERS
    if sentence[:1] == "(" and sentence.rstrip(".!?…\"'”’ ").endswith(")"):
        return True  # an aside to what came before ("(The other two castmembers … throughout.)"), no "(CNN) --"
    if _LAST_POINTER.search(sentence[-12:]) and sentence.count(" ") < _SHORT:
        return True
    as_said = (" as " in sentence or sentence[:3] in ("As ", "as ")) and _AS_SAID.search(sentence) is not None
    if _CLAUSE_POINTER.match(sentence, 0, 60) or _IN_RETURN.match(sentence) or as_said:
        return True
    if ("refore" in sentence or "sequently" in sentence) and _THEREFORE.search(sentence, 1):  # (set44 N2)
        return True
    if "f th" in sentence and _OF_THESE.search(sentence):  # (set44 F11; "of these", "Of those")
        return True
    if "выше" in sentence and _RUSSIAN_ABOVE.search(sentence):  # ("всё вышенаписанное…", "the above": set49 F16)
        return True
    if (
        "ar contre" in sentence[:80] and "par contre" in sentence[:80].casefold()
    ):  # (fr "on the other hand": "Une des différences que j'ai par contre…", set49 F16)
        return True
    opening = _OPENING.match(sentence[:60])
    if opening is None:
        return False
    first, mark, second, third = opening.groups()
    if "\u3040" <= first[0] <= "\u9fff" or "\uf900" <= first[0] <= "\ufaff":  # kana, CJK: no spaces between words
        text = sentence.lstrip("“「『\"' ")
        text = text[3:] if text.startswith(_ASIDE) else text
        if text.startswith("就不同"):  # ("就不同地区而言": "as for different regions", no "so not")
            return False
        if text[:1] == "或":  # ("或在应用内寻找入口…": "or", set32 F13)
            return not text.startswith(_PERHAPS)
        if text.startswith(_THIS_NOUN):  # (set37 F2: "この機能は…", "这个问题…"; not "この記事では…", "这个周末…")
            return not text[2:].startswith(_CJK_HERE_AND_NOW)
        return text.startswith(_CJK_OPENERS) or _QUOTATIVE.match(text) is not None
    first = first.casefold()
    second, third = (second or "").casefold(), (third or "").casefold()
    head = sentence.split(",", 1)[0]  # (the first clause)
    if _joined(first, mark, second, sentence) or any(w in head for w in _ACCORDING_WORDS) and _ACCORDING.search(head):
        return True
    if _goes_on_from_before(sentence, first, second):
        return True
    if first in _FIRST_WORDS:
        if first in _SHARED_SPELLING and not _SLAVIC_OR_TURKISH.search(sentence):
            return False  # ("Ale yeast ferments…", "Bo Burnham…", "AMA with the team…", "Proto is a…")
        if first == "a":  # (English's article before a name: "A court in Gdańsk…"; Romanian's "A fost…": two words)
            return len(_SLAVIC_WORD.findall(sentence)) >= 2 and second != "fost"
        return second not in _NOT_BACK.get(first, ())
    if second in _CLITICS and mark != "," and _CZECH_OR_SLOVAK.search(sentence) and _CLITIC.match(sentence):
        return True
    if first == "bu":
        return not (second + " ").startswith(_TURKISH_HERE_AND_NOW)
    if first == "이":  # (Korean "this" before a noun: "이 강력한 기능은…"; not "이 글에서는…", "이 번…")
        return not second.startswith(_KOREAN_HERE_AND_NOW)
    if mark == "," and (first in _LATER_STEPS or first == "actually") or _RUSSIAN_STEP.match(sentence):  # (rev66d F4)
        return True
    if mark and first in _ANSWERS:
        return True
    if (
        first == "the"
        and second in _WHICH_OF
        and third
        and sentence.split(None, 2)[1].rstrip(",;:") == second
        and third not in _TIMES
        and sentence.split(None, 4)[3:4] != ["of"]  # (it names what it is the third of: "The third installment of…")
    ):
        return True
    if (second in _ABOVE and first in _ARTICLES) or (third in _ABOVE and second in _ARTICLES):
        return True
    if second in _SECOND_WORDS or third in _SECOND_WORDS:  # "I also want…", "It is also…", "MT5, invece, è…"
        return True
    if first in _PREPOSITIONS and second in _DEMONSTRATIVES:
        if second == "those":
            return third not in ("of", "who", "whom", "which", "that")
        return third not in herenow.HERE_AND_NOW or second == "that"
    pair = (first, second)
    if pair not in _PHRASES:
        return False
    if pair == ("think", "of"):  # (not "Think of it this way: …", "Think of these five rules as…": they point on)
        return third in _THIRD[pair] and _THINK_OF_AS.match(sentence) is not None
    return pair not in _THIRD or third in _THIRD[pair]
