"""Set 64a (/work/unseen64a/FINDINGS.md), findings 2, 14 and 17: a platform's auto-excerpt that leaves out or runs
together the content's list (WordPress's block-editor <description>, Hugo's plain .Summary: bot/flatlists.py), a
paragraph's subheading set apart by one <br> (its rule taken back: rev64b F1-F3). Made-up text in the feeds' shapes: the feeds the
rules were written for have no licence."""

from datetime import UTC, datetime

from bot.flatlists import lists_flattened
from bot.normalize import read_feed
from tests.builders import excerpt

_NOW = datetime(2026, 12, 7, tzinfo=UTC)
_FOOTER = (
    '<p>The article <a href="https://blog.example/it/corrieri/">Nuovi corrieri</a> was published on '
    '<a href="https://blog.example/it">Il Blog</a>.</p>'
)


def _read(summary: str, content: str, title: str = "Nuovi corrieri") -> str:
    """The excerpt read_feed makes of one RSS item with a <description> and a <content:encoded>."""
    item = (
        f"<item><title>{title}</title><link>https://blog.example/it/corrieri/</link>"
        f"<description><![CDATA[{summary}]]></description><content:encoded><![CDATA[{content}]]></content:encoded></item>"
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Il Blog</title><link>https://blog.example/it</link>{item}</channel></rss>"
    )
    feed = read_feed(body.encode(), url="https://blog.example/it/feed/", source="s", now=_NOW, excerpt_length=300)
    return feed.articles[0].excerpt


_INTRO = "<p>Da questo mese la nostra app segue due nuovi corrieri:</p>"
_LIST = (
    '<ul class="wp-block-list"><li><strong>Rossi Spedizioni</strong>, usato dai negozi di arredamento per i mobili</li>'
    "<li><strong>Bianchi Trasporti</strong>, scelto spesso per i pacchi che arrivano dall'estero</li></ul>"
)
_AFTER = '<p><a href="https://app.example">Provala subito</a>, è gratis e non serve registrarsi!</p>'


def test_a_wordpress_excerpt_without_the_list_gives_way_to_the_content():
    """Set 64a, finding 2 (botfactoryit--trackbot-it.xml, repository botfactoryit/trackbot-blog-static, in
    /work/unseen64a/feeds): WordPress's block-editor <description> leaves a list block out ("…due nuovi corrieri: Prova
    subito…", the couriers gone) or runs its items together in one paragraph ("…di: Canada Post, il servizio postale
    canadese DHL Netherlands SpeedPAK…"), while <content:encoded> has the <ul>: the content is read."""
    dropped = "<p>Da questo mese la nostra app segue due nuovi corrieri: Provala subito, è gratis e non serve registrarsi!</p>"
    shown = _read(dropped + _FOOTER, _INTRO + _LIST + _AFTER + _FOOTER)
    assert "• Rossi Spedizioni, usato dai negozi" in shown, shown
    flat = (
        "<p>Da questo mese la nostra app segue due nuovi corrieri: Rossi Spedizioni, usato dai negozi di arredamento "
        "per i mobili Bianchi Trasporti, scelto spesso per i pacchi che arrivano dall'estero</p>"
    )
    shown = _read(flat + _FOOTER, _INTRO + _LIST + _FOOTER)
    assert "• Bianchi Trasporti, scelto spesso" in shown, shown


def test_an_own_summary_or_one_with_its_list_stays():
    """Counter-examples for set 64a, finding 2: an author's own summary (other words) beside a content with a list, a
    summary that keeps the list's items as a list, and one that is only the content's first paragraph are the
    summary's text."""
    own = (
        "<p>Due corrieri in più da seguire: i mobili e i pacchi dall'estero ora si tracciano come tutti gli altri, "
        "senza fare niente di nuovo.</p>"
    )
    assert _read(own, _INTRO + _LIST + _AFTER).startswith("Due corrieri in più"), _read(own, _INTRO + _LIST + _AFTER)
    assert not lists_flattened(["Da questo mese la nostra app segue due nuovi corrieri:"], _INTRO, _INTRO + _LIST)
    kept = _INTRO + "<ul><li>Rossi Spedizioni, usato dai negozi</li><li>Bianchi Trasporti, scelto spesso</li></ul>"
    lines = ["Da questo mese la nostra app segue due nuovi corrieri:", "Rossi Spedizioni, usato dai negozi"]
    assert not lists_flattened(lines, kept, _INTRO + _LIST)


def test_hugos_plain_summary_with_its_list_run_together_gives_way_to_the_content():
    """Set 64a, finding 14 (kangminsukdotcom--blog-ko.xml, repository kangminsukdotcom/blog, in /work/unseen64a/feeds):
    Hugo's plain .Summary, typed "html" with no tag and its entities escaped twice ("&amp;lsquo;"), joins an <ol>'s
    items with spaces ("…다니는 오토바이 시시때때로 바뀌면서…"); the content's list is read instead."""
    items = [
        "밤마다 큰 소리로 음악을 틀고 다니는 오토바이",
        "계절마다 바뀌면서 길을 가로막는 현수막",
        "&lsquo;퉤.&rsquo; 아무 데나 침을 뱉는 사람들",
    ]
    summary = " ".join(items).replace("&", "&amp;") + " 이제는 조용한 밤에 산책하고 싶다. 골목길을 걱정 없이 걷고 싶다."
    content = (
        "<ol>"
        + "".join(f"<li>{i}</li>" for i in items)
        + "</ol><p>이제는 조용한 밤에 산책하고 싶다. 골목길을 걱정 없이 걷고 싶다.</p>"
    )
    shown = _read(summary, content)
    assert shown.startswith("• 밤마다 큰 소리로 음악을 틀고 다니는 오토바이 • 계절마다"), shown
    prose = "<p>밤마다 큰 소리로 음악을 틀고 다니는 오토바이가 지나간다. 계절마다 바뀌는 현수막이 길을 가로막는다. 이제는 조용한 밤에 산책하고 싶다.</p>"
    plain = "밤마다 큰 소리로 음악을 틀고 다니는 오토바이가 지나간다. 계절마다 바뀌는 현수막이 길을 가로막는다. 이제는 조용한 밤에 산책하고 싶다."
    assert not lists_flattened([plain], plain, prose + "<ul><li>하나</li><li>둘</li></ul>")


_SENTENCE = (
    "Diese Vorschläge sind Teil der Bemühungen der Kommission, die Bürger und das Finanzsystem vor Geldwäsche zu "
    "schützen."
)
_LEDE = (
    "<p>Die Kommission hat am Montag neue Regeln für Krypto-Börsen vorgestellt. Sie sollen ab dem Sommer gelten.</p>"
)


def test_a_line_before_one_br_keeps_its_words():
    """Set 64a, finding 17's rule taken back (rev64b F1-F3): a paragraph's first line set apart by one <br> ended a
    paragraph when it looked like a subheading, and the excerpt stopped at it (a short paragraph): a sentence its author
    wrapped after a longer word ("…nach<br>Berlin und…", "…Professor<br>Jane Smith…"), a greeting ("Hello everyone and
    welcome back<br>Today…"), a quoted letter's ("Liebe Anna<br>Ich vermisse…"), and the subheading itself in a
    post's first paragraph lost the rest of the text. The line runs on with a space again: words glued, none lost."""
    wrapped = (
        "<p>Das Projekt hat lange gedauert, aber jetzt ist es endlich fertig geworden.</p><p>Am Wochenende fahren wir "
        "mit den Kindern nach<br>Berlin und besuchen dort die neue Ausstellung im Museum.</p><p>Danach geht es weiter.</p>"
    )
    assert "nach Berlin und besuchen dort" in excerpt(wrapped, limit=400), excerpt(wrapped, limit=400)
    name = (
        "<p>The keynote this year was given by Professor<br>Jane Smith of Example University, who spoke about "
        "compilers.</p><p>More soon.</p>"
    )
    assert "Professor Jane Smith of Example University" in excerpt(name), excerpt(name)
    greeting = "<p>Hello everyone and welcome back<br>Today I want to show you my new garden project.</p>"
    assert excerpt(greeting).endswith("Today I want to show you my new garden project."), excerpt(greeting)
    letter = (
        "<p>Das Projekt hat lange gedauert, aber jetzt ist es endlich fertig geworden.</p><blockquote><p>Liebe Anna<br>"
        "Ich vermisse dich sehr und hoffe, dass es dir in Berlin gut geht.</p></blockquote><p>So begann der Brief.</p>"
    )
    assert "Ich vermisse dich sehr" in excerpt(letter, limit=400), excerpt(letter, limit=400)
    first = f"<p>Schutz der EU vor Betrug<br />\n{_SENTENCE}</p><p>Mehr dazu folgt.</p>"
    assert "Diese Vorschläge sind Teil" in excerpt(first, limit=400), excerpt(first, limit=400)
    after_lede = _LEDE + f"<p>Schutz der EU vor Betrug<br />\n{_SENTENCE}</p>"
    assert "Diese Vorschläge sind Teil" in excerpt(after_lede, limit=400), excerpt(after_lede, limit=400)


def test_an_inline_list_or_one_the_content_does_not_show_keeps_the_summary():
    """Counter-examples for set 64a, finding 2 (rev64b F5, F6): a summary that lists the items itself, parted by commas
    ("…three platforms: Linux, macOS, Windows."), runs nothing together; and a summary with a list left out stays when
    the content's excerpt stops before the list (its own paragraph announces it) and is shorter: its next sentence
    kept."""
    summary = (
        "The new release runs on three platforms: Linux, macOS, Windows. Download it today from our website and tell "
        "us what you think in the forum."
    )
    content = (
        "<p>The new release runs on three platforms:</p><ul><li>Linux</li><li>macOS</li><li>Windows</li></ul><p>"
        "Download it today from our website and tell us what you think in the forum.</p><p>Thanks to all.</p>"
    )
    assert _read(summary, content) == summary, _read(summary, content)
    summary = (
        "Die wichtigsten Neuerungen: Dunkler Modus, Export als PDF, Schnellere Suche. Das Update steht ab sofort für "
        "alle Nutzer bereit."
    )
    items = "<ul><li>Dunkler Modus</li><li>Export als PDF</li><li>Schnellere Suche</li></ul>"
    after = "<p>Das Update steht ab sofort für alle Nutzer bereit und wird automatisch installiert.</p>"
    assert _read(summary, "<p>Die wichtigsten Neuerungen:</p>" + items + after) == summary
    lede = "Wir haben heute die Version 3.0 veröffentlicht, die viele Wünsche aus der Community umsetzt."
    left_out = f"{lede} Die wichtigsten Neuerungen: Das Update steht ab sofort für alle Nutzer bereit."
    shown = _read(left_out, f"<p>{lede}</p><p>Die wichtigsten Neuerungen:</p>" + items + after)
    assert "Das Update steht ab sofort" in shown, shown


def test_a_heading_run_into_a_manual_excerpt_is_set_apart():
    """Set 64a, finding 3 (mcmstatic--mcm-group-it.xml, repository mcmstatic/mcm-group, in /work/unseen64a/feeds): an
    Elementor site's manual excerpt runs a section heading into the sentence under it ("…degli utensili.
    Visualizzazione del magazzino utensili In jFMX è disponibile…") and opens with the title ("Controllo dello stato
    del sistema jFMX consente…"), while the content marks them <h3> and the title: the heading is set apart (gone
    from the excerpt), the title's words dropped where they open it."""
    content = (
        "<h2>Gestione degli utensili</h2><p>jFMX è dotato di speciali politiche per la gestione degli utensili.</p>"
        "<h3>VISUALIZZAZIONE DEL MAGAZZINO UTENSILI</h3><p>In jFMX è disponibile il layout, aggiornato in tempo "
        "reale, delle rastrelliere contenute nell’impianto.</p>"
    )
    summary = (
        "jFMX è dotato di speciali politiche per la gestione degli utensili. Visualizzazione del magazzino utensili "
        "In jFMX è disponibile il layout, aggiornato in tempo reale, delle rastrelliere contenute nell’impianto."
    )
    shown = _read(summary, content)
    assert "utensili. In jFMX è disponibile" in shown, shown
    summary = "Controllo dello stato del sistema jFMX consente il monitoraggio in tempo reale di tutte le attività."
    content = (
        "<h2>Il sistema</h2><p><strong>jFMX</strong> consente il monitoraggio in tempo reale di tutte le attività.</p>"
    )
    shown = _read(summary, content, "CONTROLLO DELLO STATO DEL SISTEMA")
    assert shown.startswith("jFMX consente il monitoraggio"), shown


def test_a_sentence_that_opens_with_the_titles_words_stays():
    """Counter-example for set 64a, finding 3: a manual excerpt whose first sentence opens with the title's words and
    goes on ("Nuovo sistema di monitoraggio dati macchina presentato a Milano…") is no heading run in: the content has
    no block that opens with what follows."""
    summary = "Nuovo sistema di monitoraggio dati macchina presentato a Milano durante la fiera, con sensori e un Edge."
    content = f"<h2>La fiera</h2><p>{summary}</p>"
    shown = _read(summary, content, "Nuovo sistema di monitoraggio")
    assert shown.startswith("Nuovo sistema di monitoraggio dati"), shown


def test_a_poem_in_stanzas_is_shown_whole():
    """Set 64a, finding 9 (kangminsukdotcom--blog-ko.xml, repository kangminsukdotcom/blog, in /work/unseen64a/feeds):
    a poem of four <p> stanzas, each two short lines parted by a <br>, was its first stanza run together and "…".
    Three stanzas at least in a row: its lines joined by " / ", its stanzas by " // ", one block. Not paragraphs
    whose lines end sentences, nor two stanzas only."""
    poem = "<p>여기저기<br>\n누군가를 찾는다</p>\n<p>느릿느릿<br>\n골목을 지나는 사이</p>\n<p>어딘가 한 명쯤은<br>\n닮고 싶은 그대가</p>"
    assert (
        excerpt(poem)
        == "여기저기 / 누군가를 찾는다 // 느릿느릿 / 골목을 지나는 사이 // 어딘가 한 명쯤은 / 닮고 싶은 그대가"
    ), excerpt(poem)
    english = "<p>Under the bridge<br>the water runs</p><p>Over the hill<br>the shadows fall</p><p>Into the night<br>we go</p>"
    assert excerpt(english).startswith("Under the bridge / the water runs // Over the hill"), excerpt(english)
    prose = "<p>Wir kamen spät an.<br>Das Hotel war voll.</p><p>Wir fuhren weiter.<br>Die Nacht war kalt.</p>"
    assert "/" not in excerpt(prose * 2)
    two = "<p>여기저기<br>\n누군가를 찾는다</p>\n<p>느릿느릿<br>\n골목을 지나는 사이</p>"
    assert " // " not in excerpt(two)


def test_a_heading_its_paragraph_goes_on_from_or_with_a_sharp_s():
    """Set 64a, finding 3 (rev64b F7, F8): a heading that is its sentence's subject, the paragraph under it going on in
    lower case ("<h2>Il nostro team</h2><p>è composto…"), stays in a manual excerpt that has the sentence whole; a line
    with a letter whose casefold is longer ("Hauptstraße") is read like any other."""
    content = (
        "<p>Benvenuti.</p><h2>Il nostro team</h2><p>è composto da dieci persone esperte e appassionate, pronte ad "
        "aiutarvi in ogni fase del progetto.</p><h2>Contatti</h2><p>Scriveteci quando volete.</p>"
    )
    summary = "Benvenuti nel nostro studio. Il nostro team è composto da dieci persone. Vi aiutiamo ogni giorno."
    assert _read(summary, content, "Chi siamo") == summary, _read(summary, content, "Chi siamo")
    summary = "Il nostro team è composto da dieci persone. Vi aiutiamo ogni giorno con passione e competenza."
    assert _read(summary, content, "Chi siamo") == summary, _read(summary, content, "Chi siamo")
    content = (
        "<h2>Planung der Anlage</h2><p>Die Firma plant eine neue Anlage.</p><h3>Bau der neuen Halle</h3><p>Im Juni "
        "beginnt der Bau an der Hauptstraße in Köln.</p><p>Mehr folgt.</p>"
    )
    summary = (
        "Die Firma plant eine neue Anlage. Bau der neuen Halle Im Juni beginnt der Bau an der Hauptstraße in Köln."
    )
    shown = _read(summary, content, "Die Anlage")
    assert "Anlage. Im Juni beginnt" in shown, shown


def test_short_lines_among_prose_are_no_poem():
    """Counter-examples for set 64a, finding 9 (rev64b F4): three paragraphs and more of short lines without stops
    are as often a film's credits, addresses, a team's names over their roles, an award list or an event's field rows
    ("主办单位：北京大学"): among prose they are no stanzas (joined into one block, they were shown in the text's
    place and the excerpt ended before its sentences); a poem that is the whole post still is."""
    credits = (
        "<p>Regie<br>Max Mustermann</p><p>Kamera<br>Erika Musterfrau</p><p>Schnitt<br>Hans Meier</p>"
        "<p>Der Film läuft ab Donnerstag im Kino.</p>"
    )
    assert "Der Film läuft ab Donnerstag" in excerpt(credits), excerpt(credits)
    assert " // " not in excerpt(credits)
    team = (
        "<p>Unser Team stellt sich vor.</p><p>Jane Doe<br>Chief Executive Officer</p><p>John Roe<br>Head of "
        "Engineering</p><p>Mary Major<br>Product Designer</p><p>Wir freuen uns auf euch.</p>"
    )
    assert "Wir freuen uns auf euch." in excerpt(team), excerpt(team)
    awards = (
        "<p>Gewinner in Gold<br>Weingut Müller Riesling</p><p>Gewinner in Silber<br>Weingut Schmidt Silvaner</p>"
        "<p>Gewinner in Bronze<br>Weingut Weber Spätburgunder</p><p>Herzlichen Glückwunsch!</p>"
    )
    assert " // " not in excerpt(awards), excerpt(awards)
    fields = (
        "<p>主办单位：北京大学<br>承办单位：计算机学院</p><p>协办单位：软件学院<br>支持单位：图书馆</p>"
        "<p>报名方式：在线报名<br>联系人：王老师</p>"
    )
    assert " // " not in excerpt(fields), excerpt(fields)
    poem = "<p>Under the bridge<br>the water runs</p><p>Over the hill<br>the shadows fall</p><p>Into the night<br>we go</p>"
    assert excerpt(poem).startswith("Under the bridge / the water runs // Over the hill"), excerpt(poem)
