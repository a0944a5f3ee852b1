"""Platform boilerplate in other languages, as data: bot/boilerplate.py builds its
rows from these strings. Each one is copied from a real source, never written from
memory (where from: the comment beside it).

- FIRST_APPEARED: the feed footer of Yoast SEO, the WordPress plugin: its default
  "Content to put after each post in the feed", "The post %%POSTLINK%% appeared first
  on %%BLOGLINK%%." (the post's title and the site's name, each a link), as its
  language packs translate "The post %1$s appeared first on %2$s."
  (wordpress-seo-<locale>.po from translate.wordpress.org, as WordPress sites keep
  them in wp-content/languages/plugins/). Yoast saves the footer in the language and
  wording of the day it was set up, so older wordings live on in feeds: the ones seen
  in real feeds are listed too. (English is the table's own row.)
- READ_MORE: the "Read more" / "Continue reading" link that ends a teaser: as
  WordPress and its default themes translate "Read more", "Read More" and "Continue
  reading %s" (wp-content/languages/*.po), and as feeds write it.
- READ_MORE_ON: the word between that link and the site's name ("Leia mais no Massa
  News!", "Continue reading on Medium").
- CREDIT_LABELS, CREDIT_BY: a photo credit's label in other languages ("Foto: dpa",
  "Crédit photo : Unsplash"; English is the table's own), and the word that stands
  for "by" ("Photo by …"), as feeds and pages write them.
"""

from __future__ import annotations

FIRST_APPEARED: tuple[str, ...] = (
    "Der Beitrag %1$s erschien zuerst auf %2$s.",  # de_DE (and the German feeds in tests/data/feeds)
    "L’article %1$s est apparu en premier sur %2$s.",  # fr_FR
    "Cet article %1$s est apparu en premier sur %2$s.",  # French, older (feeds of geekpress.fr, hygiene-et-nature.com)
    "La entrada %1$s se publicó primero en %2$s.",  # es_ES
    "La publicación %1$s apareció primero en %2$s.",  # Spanish, older (the feed of trecebits.com)
    "El cargo %1$s apareció primero en %2$s.",  # es_MX
    "L'articolo %1$s proviene da %2$s.",  # it_IT
    "L'articolo %1$s sembra essere il primo su %2$s.",  # Italian, older (romanews.eu, smartworld.it)
    "O post %1$s apareceu primeiro em %2$s.",  # pt_BR
    "O conteúdo %1$s aparece primeiro em %2$s.",  # pt_PT
    "Het bericht %1$s verscheen eerst op %2$s.",  # nl_NL
    "Artykuł %1$s pochodzi z serwisu %2$s.",  # pl_PL
    "Inlägget %1$s dök först upp på %2$s.",  # sv_SE
    "Indlægget %1$s blev først udgivet på %2$s.",  # da_DK
    "Innlegget %1$s dukket først opp på %2$s.",  # nb_NO
    "Artikkeli %1$s julkaistiin ensimmäisen kerran %2$s.",  # fi
    "Článek %1$s se nejdříve objevil na %2$s.",  # cs_CZ
    "Сообщение %1$s появились сначала на %2$s.",  # ru_RU
    "Запис %1$s спершу з'явиться на %2$s.",  # uk
    "%1$s yazısı ilk önce %2$s üzerinde ortaya çıktı.",  # tr_TR
    "投稿 %1$s は %2$s に最初に表示されました。",  # ja
    "%1$s最先出现在%2$s。",  # zh_CN
    "〈%1$s〉這篇文章最早發佈於《%2$s》。",  # zh_TW
    "這篇文章 %1$s 最早出現於 %2$s。",  # Traditional Chinese, older (the feed of steachs.com)
    "게시물 %1$s이 %2$s에 처음 등장했습니다.",  # ko_KR
    "ظهرت المقالة %1$s أولاً على %2$s.",  # ar
    "הפוסט %1$s הופיע לראשונה ב-%2$s.",  # he_IL
    "Artikel %1$s pertama kali tampil pada %2$s.",  # id_ID
    "Articolul %1$s apare prima dată în %2$s.",  # ro_RO
    "A %1$s bejegyzés először %2$s-én jelent meg.",  # hu_HU
    "Το άρθρο %1$s εμφανίστηκε πρώτα στο %2$s.",  # el
    "Bài viết %1$s đã xuất hiện đầu tiên vào ngày %2$s.",  # vi
    "पोस्ट %1$s पहले %2$s पर दिखाई दिया।",  # hi_IN
)

# "Full text" (Chinese, both scripts) that ends a teaser or a Weibo post's cut; a link whose whole text is one of
# these, or the bare word, is a read-more link (bot/inlinerows.py: "…越要<a>全文</a>", hntee--weibo.xml in set47, F13)
FULL_TEXT = ("阅读全文", "閱讀全文", "展开全文", "展開全文", "查看全文", "显示全文", "顯示全文")
FULL_TEXT_LINKS = frozenset((*FULL_TEXT, "全文", "全文>>", "全文 >>"))

# A number of minutes, a reading time's ("5 min read", "5 minutes", Nikola's "(읽기 1분 남음.)"): boilerplate.py's
# reading-time row and a read-more link's note after it (bot/readmorelinks.py)
MINUTES = r"\d{1,3}\s*(?:-\s*)?(?i:min(?:ute)?s?|minuten|мин(?:ут[аы]?)?)(?![^\W\d_])|\d{1,3}\s?(?:분|分(?:钟|鐘)?)"
READ_MORE: tuple[str, ...] = (
    # Portuguese (pt_BR "Leia mais", "Continuar lendo", "Continue lendo"; pt_PT "Ler mais", "Continue a ler")
    "leia mais", "continue lendo", "continuar lendo", "ler mais", "continue a ler", "saiba mais",
    # French (fr_FR "Lire la suite")
    "lire la suite", "lire plus", "en savoir plus",
    # German (de_DE "Weiterlesen")
    "weiterlesen", "mehr lesen", "mehr dazu",
    # Spanish (es_ES "Leer más", "Sigue leyendo", "Seguir leyendo", "Continúa leyendo"; feeds drop the accent)
    "leer más", "leer mas", "seguir leyendo", "sigue leyendo", "continúa leyendo",
    # Italian (it_IT "Leggi tutto")
    "continua a leggere", "leggi tutto", "leggi di più", "leggi di piu",
    # Dutch (nl_NL "Lees meer", "Meer lezen"; "Lees verder" on Dutch sites)
    "lees meer", "lees verder", "verder lezen", "meer lezen",
    # Swedish, Danish, Norwegian (sv_SE "Läs mer", "Fortsätt läsa"; da_DK "Læs mere"; nb_NO "Les mer",
    # "Fortsett å lese"; feeds write a for ä and æ)
    "läs mer", "las mer", "läs vidare", "las vidare", "fortsätt läsa", "læs mere", "las mere", "les mer",
    "fortsett å lese",
    # Finnish, Czech, Polish (fi "Lue lisää"; cs_CZ "Pokračovat ve čtení", "Přečtěte si více"; pl_PL "Czytaj dalej")
    "lue lisää", "pokračovat ve čtení", "přečtěte si více", "czytaj dalej", "czytaj więcej",
    # Russian, Ukrainian (ru_RU "Читать далее"; uk "Читати далі", "Продовжити читання")
    "читать далее", "подробнее", "читати далі", "продовжити читання",
    "читать дальше",  # habr.com's cut link ("Читать дальше →", the feed of habr.com)
    # Turkish, Greek, Romanian, Hungarian (tr_TR "Devamını oku", "Okumaya devam et"; el "Διαβάστε
    # περισσότερα"; ro_RO "Citește în continuare", "Continuă lectura"; hu_HU "Bővebben", "Olvasás folytatása")
    "devamını oku", "okumaya devam et", "διαβάστε περισσότερα", "citește în continuare", "continuă lectura",
    "bővebben", "olvasás folytatása",
    # Indonesian, Vietnamese, Thai, Hindi (id_ID "Baca lebih lanjut", "Lanjutkan membaca"; vi "Đọc tiếp";
    # th "อ่านเพิ่มเติม"; hi_IN "अधिक पढ़ें", "और पढ़े")
    "baca lebih lanjut", "lanjutkan membaca", "đọc tiếp", "อ่านเพิ่มเติม", "अधिक पढ़ें", "और पढ़े",
    # Japanese, Chinese, Korean (ja "続きを読む", note.com's "続きをみる" (set42 F5); zh_CN "阅读更多", "继续阅读",
    # "阅读全文"; zh_TW "閱讀全文"; ko_KR "더 보기", "더 읽기", "계속 읽기", "더보기")
    "続きを読む", "続きをみる", "続きを見る", "阅读更多", "继续阅读", "더 보기", "더 읽기", "계속 읽기", "더보기",
    *FULL_TEXT,  # (zh_CN "阅读全文", zh_TW "閱讀全文", Weibo's "展开全文"/"展開全文")
    # Arabic, Hebrew (ar "اقرأ المزيد", "قراءة المزيد"; he_IL "קרא עוד", "המשך לקרוא")
    "اقرأ المزيد", "قراءة المزيد", "קרא עוד", "המשך לקרוא",
    # Persian "توضیحات بیشتر در سایت رادیو دال." ("more details on the Radio Daal site", the last sentence of a
    # podcast's show notes: radiodaal--podcast.rss in tests/data/unseen/set20, F7)
    "توضیحات بیشتر",
)  # fmt: skip

# The word for "here" after it: Swedish "Läs mer HÄR." (a Swedish podcast's show notes, rubycocos/feedparser's fixtures)
READ_MORE_HERE: tuple[str, ...] = ("här",)

# pt "no/na/em", es "en", fr "sur", de "auf/bei", it "su", nl "op", pl "na/w", ru/uk "на", sv/da/nb "på", fa "در"
READ_MORE_ON: tuple[str, ...] = ("no", "na", "em", "en", "sur", "auf", "bei", "su", "op", "w", "на", "på", "در")

CREDIT_LABELS: tuple[str, ...] = (
    # German "(Foto: dpa)" (Handelsblatt's and taz's feed texts), Spanish "Foto: EFE", Italian "Foto: Ansa",
    # Swedish "Foto: Skiss: Trafikverket" (the retriever-info feed, codehollow Rss20ISO88591Intranet30.xml)
    "Foto",
    "Bild",  # German "(Bild: Digilent Inc. BASYS2 Manual)" (a figcaption)
    "Crédit photo", "Crédits photo",  # French "Crédit photo : Unsplash", "© Crédit photo : Valentin Duch, …"
    "Imagen",  # Spanish "Foto: EFE", "Imagen: Reuters" (a news scraper's list of captions)
    "Фото",  # Russian "Фото: РИА Новости", "Фото: РИА Новости/Евгений Одиноков" (lenta.ru, izvestia)
)  # fmt: skip
CREDIT_BY: tuple[str, ...] = ("di",)  # Italian "una foto di James Beheshti da Unsplash" (a blog's caption)

# "Author:" and "Abstract:" as labels before an entry's text: an academic index's (CNKI's feed,
# winds--rss.cnki.net.xml: "作者：黄文;<br/>摘要：…"), a blog's ("Author: Jochen Wuttke" and "author: Jeff
# Listfield", the Google Testing Blog's entries, rssparserjs--many-links.rss).
# "Synopsis:", a show's notes' (geekstammtisch.de's podcast feed, picofeed--geekstammtisch.de_episodes.mp3.rss:
# "Synopsis: Heute geht es um mruby, …") and a blog's (4fsodonline's Blogger feed, nnw-4fsodonline-blogger.atom:
# "Synopsis: Anthony has finally picked out the perfect present…"): the text's role, not its words.
AUTHOR_LABELS: tuple[str, ...] = ("Author", "作者")
# "Abstract:", a paper's (arXiv's listing feeds, rssfeedsjl--quant-ph.xml: "arXiv:2504.18135v1 Announce Type: new
# Abstract: Quantum sensor networks…"), after the listing's own "label: value" rows when they share its block.
ABSTRACT_LABELS: tuple[str, ...] = ("摘要", "Synopsis", "Abstract")
_AUTHOR, _ABSTRACT = (rf"(?i:{'|'.join(words)})\s*[:：]\s*" for words in (AUTHOR_LABELS, ABSTRACT_LABELS))
_TOKEN = r"(?:[^\s.!?。！？:：]|\.(?=\S))+"  # (a value's word: a dot only inside it, "2504.18135v1")
_META = rf"[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){{0,2}}\s?[:：]\s*{_TOKEN}(?:\s{_TOKEN}){{0,3}}?\s+"
_TRAILER = "(?:Reviewed|Signed-off|Acked|Tested|Reported|Suggested|Co-authored|Co-developed|Helped)"
# Their rows of the table (bot/boilerplate.py's Row: name, what, where, pattern, example, near miss): the
# author line goes (names: never another label), the abstract is the text (CNKI writes "<正>", "text:",
# before one that is the article's start).
LABEL_ROWS = (
    ("byline-label", 'byline ("Author: …")', "block", _AUTHOR + r"[^\n.!?。！？:：]{1,160}", "作者：范容廷;张辉;",
     "Author: Jane Doe wrote this. Her book is out."),
    ("abstract-label", '"Abstract:", "Author: … 摘要：" labels before an abstract', "start",
     rf"(?:{_AUTHOR}[^\n.!?。！？:：]{{1,160}}?[;；,，]?\s*|(?:{_META}){{1,3}})?{_ABSTRACT}(?:<[^\x00-\x7f<>\s]{{1,4}}>\s*)?(?=\S)",
     "作者：黄文; 摘要：为了探究我国房价波动的宏观经济效应。", "摘要 and 作者 are Chinese for abstract and author."),
    # A commit message's trailers (git's and GitHub's, in a repository's commits feed: the openjdk/jdk Atom,
    # rssreaderjava--atom-feed-author.xml, "Reviewed-by: tschatzl, aboldtch"): who, never what changed.
    ("commit-trailer", 'commit trailer ("Reviewed-by: …")', "block",
     rf"(?:{_TRAILER}-by:[^\n]{{1,200}}?\s*)+", "Reviewed-by: tschatzl, aboldtch, iwalulya",
     "Reviewed by the board, the plan passed."),
    # Vimeo's description of a video its uploader did not describe (rssreaderjava--mediarss-media-rss.xml).
    ("vimeo-default", "Vimeo's default description", "block",
     r'This is "[^\n]{1,200}" by [^\n]{1,100} on Vimeo, the home for high quality videos and the people who love them\.?',
     'This is "Ignitis_wind" by pvz.lt on Vimeo, the home for high quality videos and the people who love them.',
     'This is "Ignitis_wind" by pvz.lt, a film we love.'),
    # A colon, a semicolon or a comma left before the text by a label the feed left out (Pinboard's "source:
    # <blockquote>" without the source: fent--pinboard-hardware.xml in set47, F14): a mark that opens nothing.
    ("leading-colon", "a colon before the text", "start", r"[:;,]+(?:\s+(?=\S)|\s*$)|[：；，]++\s*+(?![)）])",
     ": “The role? We last heard about it in April.”", ":) we last heard about it in April."),
)  # fmt: skip

# The groups a notice addresses ("Dear customers,", "Liebe Kundinnen und Kunden,", "Уважаемые клиенты!": bot/leadrows.py)
GROUP = (
    r"(?:customers?|clients?|users?|members?|readers?|subscribers?|partners?|colleagues|listeners|visitors|players"
    r"|kunden|kundinnen|leser|leserinnen|nutzer|mitglieder|kollegen|kolleginnen|utilisateurs|membres|lecteurs"
    r"|abonnés|clientes|usuarios|usuários|socios|lectores|leitores|clienti|utenti|soci|lettori|klienci"
    r"|użytkownicy|czytelnicy|kunder|клиенты|покупатели|пользователи|абоненты|партнеры|партнёры|коллеги|φίλοι|φίλες"
    r"|подписчики|читатели|посетители|автомобилисты|водители|клієнти|користувачі|абоненти|читачі|водії"
    # (an association's members, colleagues, alumni and students: semfealumni--announcements.xml in set 69a, F2)
    # ("Αγαπητέ συνάδελφε," is one colleague's vocative, but a form letter's greeting to each member alike)
    r"|μέλη|συνάδελφοι|συναδέλφισσες|συνάδελφε|απόφοιτοι|φοιτητές|φοιτήτριες|alumni|students|graduates"
    r"|członkowie|studenci|članovi|kolege|čitatelji|studenti)"
)
# Whom a salutation greets (bot/leadrows.py): the readers, not a letter's one addressee ("Dear Meliari," opens a story)
READERS = (
    r"(?:everyone|everybody|every one|every body|all|folks|friends|guys|people|y['’]all|there|(?:à )?tous|tout le monde"
    r"|a todos|a tutti|zusammen|allerseits|alle|allihopa|allemaal"
    r"|journal|nal"  # (LinuxFr's journals open "Cher journal," or "Bonjour Nal,": the readers, by custom)
    # (a Vietnamese video's viewers: "Chào anh em,", "Chào tất cả Anh/Em,", "Xin chào tất cả mọi người,": set21 F2)
    r"|(?:tất cả\s+)?(?:các\s+)?(?:anh\s*/\s*em|anh chị em|anh em|bạn|mọi người|quý vị))"
)
# The words that open such an address ("Dear", "Liebe", "Уважаемые"), in the gendered and number forms of their
# languages: Greek "Αγαπητά μέλη," (neuter), "Αγαπητοί συνάδελφοι,", "Αγαπητέ συνάδελφε," (set 69a F2), Polish
# "Drodzy"/"Drogie", Croatian "Dragi"/"Drage"/"Poštovani"
ADDRESS = (
    r"(?:dear|liebe|lieber|sehr geehrte|chers?|chères?|queridos|queridas|estimados|estimadas|cari|care|gentili"
    r"|caros|prezados|prezadas|drodzy|drogie|szanowni|kære|kära|уважаемые|дорогие|шановні|дорогі"
    r"|αγαπητ(?:οί|ές|ά|έ|ή)|dragi|drage|poštovani|poštovane)"
)
# A word between the address and its group ("Dear valued customers,", "Αγαπητά Μέλη"), not a preposition: "Care for
# students, the ministry said, …" is an English sentence, "care" Italian's "dear" only before its group (rev69a 6)
ADDRESS_WORD = r"(?!(?:for|of|to|with|from|about|on|at|in)\b)[\w'’-]{1,30}"
# After the group: "and" another ("μέλη και φίλοι"), then whose they are, in up to four words ("of the Club", "του
# Συλλόγου Διπλωματούχων ΣΕΜΦΕ": set 69a F2); the address still ends in its mark before the text
ADDRESS_TAIL = (
    r"(?:\s+(?:and|und|et|y|e|i|и|і|та|και)\s+[\w'’-]{1,30})?"
    r"(?:\s+(?:of|του|της|των|der|des|du|de|del|della|di)(?:[^\S\n]+[\w'’.-]{1,30}){1,4})?"
)
# An address over lines of its own (a <br> is " / " in a block), each a group, the last ending in ",":
# "Αγαπητοί Απόφοιτοι<br>Μέλη ΔΕΠ<br>Προπτυχιακοί Φοιτητές και<br>Φίλοι του Συλλόγου …," (set 69a F2)
ADDRESS_LINES = (
    rf"(?i:{ADDRESS}(?:[^\S\n]+{ADDRESS_WORD})?[^\S\n]+{GROUP})"
    r"(?:(?:[^\S\n]*\n|[^\S\n]+/)[^\S\n]*[^\W\d_]{1,30}(?:[^\S\n]+[^\W\d_]{1,30}){0,5}){1,5}[^\S\n]*,\s*"
)
# An informal greeting alone in its paragraph, or with the readers: "What's up guys?" (a Reddit post's first
# paragraph, feed-rs--reddit.xml in set 69b, F6); not a question that goes on ("What's up with my UPS?")
# "Yo" and "sup" are words too (Spanish "Yo." "I.", an answer in an interview; "SUP." the sport): those two only with
# "!" or the readers (rev69a 7)
GREETING_ALONE = (
    rf"(?i:(?:what['’]?s\s+up|wh?assup|g['’]day)(?:,?\s+{READERS})?\s*[?!,.]+"
    rf"|(?:sup|yo)(?:,?\s+{READERS}\s*[?!,.]+|\s*!+))\s*"
)
