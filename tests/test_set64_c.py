"""Set 64 (/work/unseen64a/FINDINGS.md), findings 6, 7, 11 and 13: a feed's footer that names the entry and the site
in its own wording (bot/feedfooters.py), a call to "try it, it's free" or to go on "clicking here" at the text's end
(bot/clickcalls.py), Markdown's heading marks left in an HTML text (bot/markdownmarks.py), Italian's "Introduzione:"
run into the first sentence (bot/leadrows.py's intro-heading row). Made-up text in the feeds' shapes: the feeds the
rules were written for have no licence (and the Russian blog's is the theme's). The review of these rules (set 64
group c), findings 1-4 and 6: the text they damaged, each a counter-example."""

from bot.clickcalls import click_call
from bot.markdownmarks import marks_read
from bot.promos import _SENTENCE_START
from tests.builders import excerpt, read_entries

_SITE = "https://blog.example"
_STORY = (
    "<p>Da oggi il servizio di consegna nei punti di ritiro di Milano è tracciabile anche sul nostro bot, con una "
    "notifica per ogni passaggio del pacco.</p>"
)


def _footer(path: str, title: str, root: str = f"{_SITE}/it") -> str:
    return f'<p>The article <a href="{_SITE}{path}">{title}</a> was published on <a href="{root}">Blog Pacchi</a>.</p>'


def _excerpt_of(text: str, path: str = "/it/punti-di-ritiro/") -> str:
    return read_entries([{"title": "Punti di ritiro", "link": path, "text": text}], site=_SITE)[0].excerpt


def test_a_feed_footer_naming_the_entry_and_the_site_goes():
    """Set 64a, finding 6 (botfactoryit--trackbot-it.xml, repository botfactoryit/trackbot-blog-static, in
    /work/unseen64a/feeds): every item ends "The article <a href=own>X</a> was published on <a href=site>Y</a>.", a
    WordPress plugin's wording in English in an Italian feed, kept as the excerpt's last sentence. One sentence of two
    links, one to the entry's own page and one to the site's root, with few words of its own: the feed's footer. A
    sentence of the story that links to another site, or to a page that is not the root, or says more, stays; so
    does a footer that is the whole text."""
    footer = _footer("/it/punti-di-ritiro/", "Punti di ritiro")
    assert "was published" not in _excerpt_of(_STORY + footer)
    assert _excerpt_of(_STORY + footer).startswith("Da oggi il servizio")
    other_site = _footer("/it/punti-di-ritiro/", "Punti di ritiro", root="https://news.example/it")
    assert "was published" in _excerpt_of(_STORY + other_site)
    other_page = _footer("/it/punti-di-ritiro/", "Punti di ritiro", root=f"{_SITE}/en/corrieri/")
    assert "was published" in _excerpt_of(_STORY + other_page)
    said = (
        f'<p>The article <a href="{_SITE}/it/punti-di-ritiro/">Punti di ritiro</a> was first written for our '
        f'readers in Milan by the team that runs <a href="{_SITE}/it">Blog Pacchi</a> and its shop.</p>'
    )
    assert "first written" in _excerpt_of(_STORY + said)
    assert "was published" in _excerpt_of(footer)


def test_a_call_to_try_it_free_or_to_click_ends_the_text():
    """Set 64a, finding 7 (botfactoryit--trackbot-it.xml, repository botfactoryit/trackbot-blog-static): the posts
    end "Premi qua per provare TrackBot, è gratis!", "Prova subito TrackBot, è gratis!", "Provalo subito cliccando
    qui.": a "try" verb and ", it's free" at the sentence's end, or "clicking here", is a call to action, dropped
    after the story's own sentences. News that something is free, or a "try" without the offer, stays."""
    for call in (
        "Premi qua per provare il bot, è gratis!",
        "Provalo subito cliccando qui.",
        "Try it today, it's free!",
    ):
        text = f"<p>Da oggi il bot parla anche olandese e sceglie la lingua da solo. {call}</p>"
        assert _excerpt_of(text) == "Da oggi il bot parla anche olandese e sceglie la lingua da solo.", call
    for call in ("Essayez-le dès aujourd'hui, c'est gratuit !", "Pruébalo hoy mismo, es gratis."):  # (other words)
        assert _excerpt_of(f"<p>L'appli lit les flux deux fois plus vite. {call}</p>").endswith("plus vite."), call
    for kept in ("The new version is out today, and it's free!", "Try the new search in the settings menu."):
        assert _excerpt_of(f"<p>The app now reads feeds twice as fast. {kept}</p>").endswith(kept)
    line = "Da novembre il bot supporta due nuovi corrieri: Prova subito il bot, è gratis!"
    assert click_call(line, _SENTENCE_START) == line.index("Prova")  # (after a colon: the words before stay)
    news = "Il nuovo servizio, che i clienti possono provare a casa, è gratuito."  # (no call: "try" in a clause)
    assert click_call(news, _SENTENCE_START) is None


def test_markdown_heading_marks_left_in_html_are_read():
    """Set 64a, finding 11 (DankoDmitry--blog-ru.xml, repository DankoDmitry/blog): a Hugo post whose Markdown
    headings did not render, "<p>#Сегодня в мире…</p><p>##Bash⏎Сценарии…", kept the marks: "#Сегодня в мире…
    ##Bash Сценарии…". With two such lines (or one "##"), a short line without a stop over more text is a heading, and
    a mark before a sentence's first word goes. Hashtags, "#1", a lone "#tag" and a text with code keep them."""
    post = (
        "<p>#Сегодня в мире существуют сотни языков программирования. Поговорим о самых известных.</p>"
        "<p>##Bash\nСценарии командной оболочки Unix тесно связаны с языком C.</p>"
        "<p>##COBOL\nОдин из старейших языков, используемых до сих пор.</p>"
    )
    got = excerpt(post)
    assert got.startswith("Сегодня в мире") and "#" not in got and "Bash" not in got, got
    assert "<h2>Bash</h2><p>\nСценарии" in marks_read(post)
    tags = "<p>#rust #tokio #async</p><p>##Notes\nA week of small fixes to the parser.</p>"
    assert "#rust #tokio" in marks_read(tags)
    one = "<p>#1 on the charts again this week, the band said.</p><p>#2 was a cover of an old song.</p>"
    assert marks_read(one) == one
    lone = "<p>#Сегодня в мире существуют сотни языков.</p>"
    assert marks_read(lone) == lone
    code = "<p>##Build\nRun it so:</p><pre><code>#include &lt;stdio.h&gt;\n#define N 3</code></pre>"
    assert marks_read(code) == code


def test_an_italian_introduction_label_run_in_goes():
    """Set 64a, finding 13 (mcmstatic--mcm-group-it.xml, repository mcmstatic/mcm-group): a manual excerpt opens
    "Introduzione: In occasione della fiera BI-MU di Milano, MCE ha presentato…": the section's name run into the
    first sentence goes, as "Introduction" and "Введение:" do, from the excerpt and the lead; so does the label whose
    colon was lost. (The row's "Introduction of the new tariff…" is its counter-example: a small letter after it.)"""
    label = (
        "Introduzione: In occasione della fiera di Milano, l'azienda ha presentato una nuova applicazione per il cloud."
    )
    assert _excerpt_of(label).startswith("In occasione della fiera"), _excerpt_of(label)
    bare = "Introduzione In occasione della fiera di Milano, l'azienda ha presentato una nuova applicazione."
    assert _excerpt_of(bare).startswith("In occasione della fiera"), _excerpt_of(bare)  # (the heading lost its line)
    article = read_entries([{"title": "BI-MU", "link": "/it/bi-mu/", "text": label}], site=_SITE)[0]
    assert article.lead.startswith("In occasione della fiera"), article.lead


def test_an_epigraph_signed_after_a_dash_is_skipped():
    """Set 64a, finding 5 (kangminsukdotcom--blog-ko.xml, repository kangminsukdotcom/blog): a post opens with a
    quote and only who said it after a dash, "…진실만을 말하기 위해 노력한다. - Ray Bradbury" (a Hugo summary's first
    line; a <blockquote> in the content), and the excerpt and the digest's summary were the quote's words. The
    excerpt starts at the post's own words, and the lead leaves the epigraph out. A first line that ends with a
    lowercase word after a dash, and a quote of a story's ("…, the mayor said."), stay."""
    post = "예술에 가장 중요한 건 노동이다. 앉아서 노력하는 것 외로 필요한 건 없다. - Steven Pressfield\n누군가가 나를 아티스트라 불렀다. 부끄러워서 머리를 긁적였다."
    article = read_entries([{"title": "네, 저 아티스트 맞습니다", "link": "/ko/artist/", "text": post}])[0]
    assert article.excerpt.startswith("누군가가 나를"), article.excerpt
    assert "Pressfield" not in article.lead and "노동이다" not in article.lead, article.lead
    dash = "We met at the station at nine. - see you there\nThe train left late and we missed the first talk."
    assert read_entries([{"title": "Travel", "link": "/t/", "text": dash}])[0].excerpt.startswith("We met")
    note = "Today we asked a guest to tell the story of the network. -Ed.\nA long time ago, my colleagues and I began."
    assert read_entries([{"title": "Network", "link": "/n/", "text": note}])[0].excerpt.startswith("Today we asked")
    prose = (
        "<p>치지레이지를 시작하고 행복한 삶을 살고 있다. 돈을 많이 벌어서, 하고 싶은 일만 해서 그런 건 아니다. "
        "매일이 즐겁기만 한 것도 아니다.</p>"
    )
    quote = "<blockquote><p>행복은 감정이 아니다. 감정은 행복을 나타내는 증거에 불과하다. - Arthur C. Brooks</p></blockquote>"
    assert excerpt(quote + prose).startswith("치지레이지를"), excerpt(quote + prose)
    linked = (
        "<blockquote><p>정말 가슴에 새겨둘 명언이었다. <a href='https://books.example/1'>정혜윤</a></p></blockquote>"
    )
    assert excerpt(linked + prose).startswith("치지레이지를"), excerpt(linked + prose)
    news = "<blockquote><p>“We will not close the station,” the mayor said on Monday.</p></blockquote>"
    story = "<p>The council met for four hours before it voted to keep the station open for another ten years.</p>"
    assert "mayor said" in excerpt(news + story)


def test_thanks_closing_a_forum_post_quoted_whole_go():
    """Set 64b, finding 4 (sebiik--axoloti-lounge.rss, repository sebiik/community.axoloti.com.backup): Discourse's
    RSS puts a topic's first post in "@bacha wrote:" and a <blockquote>, then counters; the post's "Thanks!" stayed,
    as quotes are someone else's words. When the quote is the whole post, its last line is read for thanks as a
    post's last line is. A quote the post answers after it keeps its thanks."""
    post = (
        "<p><a href='https://forum.example/u/bacha'>@bacha</a> wrote:</p><blockquote><p>Hey Folks,</p><p>I'm curious "
        "what the plans for the synth are, as there hasn't been much development lately. Does anyone know more?</p>"
        "<p>Thanks!</p></blockquote><p>Posts: 44</p><p>Participants: 18</p>"
    )
    assert excerpt(post).endswith("Does anyone know more?"), excerpt(post)
    answered = post.replace("<p>Posts: 44</p>", "<p>Yes: the new board ships in spring, with a bigger screen.</p>")
    assert "Thanks!" in excerpt(answered, limit=600), excerpt(answered, limit=600)


def test_a_try_word_used_as_a_noun_is_no_call_and_the_text_stays():
    """The review of set 64 group c, finding 1: "prova", "prueba", "teste", "Testen" are nouns too, and a comma may
    close a clause before the copula: "La prova scritta, che si terrà sabato…, è gratuita." is news of an exam, and
    it ended the text (with every paragraph after it). A "try" word is a call only where one opens (the sentence's
    start, a colon, or its infinitive after "to"/"per"), with ", it's free" at the first comma after it; a call
    before more of the story takes only its own sentence. Made-up text in the shapes of local news."""
    news = (
        "<p>Il comune ha aperto le iscrizioni al concorso per vigili urbani. La prova scritta, che si terrà sabato al "
        "palazzetto, è gratuita.</p><p>I candidati devono presentare un documento e il diploma. Gli orali sono "
        "previsti a dicembre.</p>"
    )
    article = read_entries([{"title": "Concorso", "link": "/p/", "text": news}])[0]
    assert article.excerpt.endswith("Gli orali sono previsti a dicembre."), article.excerpt
    assert "è gratuita" in article.lead and "I candidati" in article.lead, article.lead
    for kept in (
        "<p>As inscrições para o vestibular da universidade estadual abrem nesta segunda-feira e vão até o dia 20. A "
        "prova, que acontece no sábado no estádio municipal, é gratuita.</p>",
        "<p>El ayuntamiento abrió ayer el plazo para la oposición de bomberos, con 40 plazas. La prueba física, que se "
        "celebra el sábado en el polideportivo, es gratuita.</p>",
        "<p>Ab Montag gelten in Berlin neue Regeln für Schulen und Kitas. Das Testen in den Apotheken, so das "
        "Ministerium, ist kostenlos.</p>",
        "<p>O governo ampliou a campanha de vacinação para todas as idades nesta semana. O teste rápido, feito nos "
        "postos de saúde, é gratuito.</p>",
    ):
        last = kept[:-4].rsplit(". ", 1)[1]
        assert _excerpt_of(kept).endswith(last), _excerpt_of(kept)
    call = (
        "<p>Da oggi il bot parla anche olandese e sceglie la lingua da solo. Premi qua per provare il bot, è gratis!"
        "</p><p>Il prossimo mese arriva il tracciamento dei pacchi spediti con i nuovi corrieri.</p>"
    )
    shown = _excerpt_of(call)
    assert "gratis" not in shown and shown.endswith("con i nuovi corrieri."), shown


def test_hash_marks_of_code_colours_tickets_and_hashtags_stay():
    """The review of set 64 group c, finding 2: code pasted into a plain description or a <p> ("#include <stdio.h>"),
    colour codes ("#ffcc00"), tickets ("#Bug1234 crash on start") and hashtags one to a line or a paragraph
    ("#MeToo…", "#summer") were read as Markdown headings: lines lost their "#" or went as headings. Their texts keep
    the marks: a plain text, a C preprocessor's line anywhere, a small letter after the mark, a digit or an inner
    capital in its word, or a single "#" before one word, is no heading's mark."""
    plain_c = (
        "Build fails on old compilers. Add these two lines at the top of main.c:\n#define _GNU_SOURCE\n"
        "#include <stdio.h>\nThen run make again."
    )
    article = read_entries([{"title": "Build", "link": "/p/", "text": plain_c}])[0]
    assert "#define _GNU_SOURCE #include" in article.excerpt, article.excerpt
    assert "##" not in article.lead, article.lead
    in_p = "<p>Here is the fix for the build on old compilers:\n#include <stdio.h>\n#define BUFSIZE 64</p>"
    assert marks_read(in_p) == in_p
    palette = (
        "<p>The new palette for the site, picked with the design team:\n#ffcc00\n#abcdef\n#cc3300</p>"
        "<p>We will roll it out next week.</p>"
    )
    assert marks_read(palette) == palette
    assert "#ffcc00 #abcdef #cc3300" in excerpt(palette), excerpt(palette)
    ticket = "<p>Fixed in this release:\n#Bug1234 crash on start\n#Feature login page</p><p>Thanks to all testers.</p>"
    assert "#Bug1234 crash on start #Feature login page" in excerpt(ticket), excerpt(ticket)
    tags = "<p>#MeToo changed how Hollywood hires.</p><p>#BlackLivesMatter protests grew in June.</p>"
    assert excerpt(tags) == "#MeToo changed how Hollywood hires. #BlackLivesMatter protests grew in June."
    beach = "<p>Great day at the beach with the crew, thanks for coming!<br>#summer<br>#beach</p><p>More soon.</p>"
    assert "#summer #beach" in excerpt(beach), excerpt(beach)
    caps = "<p>The two new shades, as the brand book names them:\n#ABCDEF\n#FFCC00</p><p>More soon.</p>"
    assert marks_read(caps) == caps


def test_a_first_paragraph_ending_in_a_dash_clause_is_the_post_s():
    """The review of set 64 group c, finding 3: a plain first line that ends ". - X" was skipped as a signed
    epigraph whatever X was: a team's sign-off in a script without capitals ("- 운영팀 드림"), a pointer ("- 详情见下文",
    "- 詳しくは以下をご覧ください", "- פרטים נוספים בהמשך"), a first name ("- Mike"), a German clause of nouns. The
    excerpt and the lead keep the post's own first paragraph; a name of two to four capitalised words in another
    script than the line's (the Korean blog's "- Steven Pressfield", the test above) still signs an epigraph."""
    for first, second in (
        ("다음 주 월요일부터 서비스 점검이 있습니다. - 운영팀 드림", "점검 시간은 오전 2시부터 4시까지입니다."),
        ("新版本今天正式发布，修复了登录问题并提升了同步速度。 - 详情见下文", "本次更新包括三个部分。"),
        (
            "本日より新しい料金プランの提供を開始しました。 - 詳しくは以下をご覧ください",
            "新プランは月額500円からです。",
        ),
        ("הכנס השנתי יתקיים ביום שלישי בתל אביב. - פרטים נוספים בהמשך", "ההרשמה פתוחה עד סוף החודש."),
        (
            "The office is closed on Monday for the holiday, and the shop ships again on Tuesday. - Mike",
            "Photos from last week's open day are in the gallery below.",
        ),
        (
            "Das Konzert am Samstag ist ausverkauft, die Abendkasse bleibt geschlossen. – Großer Andrang Erwartet",
            "Einlass ist ab 19 Uhr.",
        ),
    ):
        article = read_entries([{"title": "Post", "link": "/p/", "text": f"<p>{first}</p><p>{second}</p>"}])[0]
        assert article.excerpt.startswith(first[:12]), article.excerpt
        assert article.lead.startswith(first[:12]), article.lead


def test_a_news_quote_and_its_speaker_over_the_story_stay():
    """The review of set 64 group c, finding 4: an opening <blockquote> of a news quote signed by its speaker ("We will
    close the Leeds plant next year. — Jane Doe") over the story about it was skipped as an epigraph, and the news
    went from the excerpt and the lead. An epigraph shares no word (of five letters or more) with the paragraph after
    it; a quote the post goes on about does ("the plant")."""
    quote = "<blockquote><p>We will close the Leeds plant next year. — Jane Doe</p></blockquote>"
    story = "<p>The company employs 400 people at the plant, which opened in 1987 and makes parts for trains.</p>"
    article = read_entries([{"title": "Plant", "link": "/p/", "text": quote + story}])[0]
    assert "close the Leeds plant" in article.excerpt, article.excerpt
    assert "close the Leeds plant" in article.lead, article.lead
    words = "<blockquote><p>The only way to do great work is to love what you do. — Steve Jobs</p></blockquote>"
    other = "<p>My grandfather worked in a factory for forty years, and he never talked about his job at home.</p>"
    assert excerpt(words + other).startswith("My grandfather"), excerpt(words + other)  # (an epigraph: skipped)
