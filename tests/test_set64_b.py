"""Set 64a (/work/unseen64a/FINDINGS.md), findings 2, 14 and 17: a platform's auto-excerpt that leaves out or runs
together the content's list (WordPress's block-editor <description>, Hugo's plain .Summary: bot/flatlists.py), a
paragraph's subheading set apart by one <br> (bot/breakheads.py). Made-up text in the feeds' shapes: the feeds the
rules were written for have no licence."""

from datetime import UTC, datetime

from bot.breakheads import subheading_line
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


def test_a_subheading_before_one_br_is_a_heading():
    """Set 64a, finding 17 (FriendlyRookieDev--mrstocks-de.xml, repository FriendlyRookieDev/mrstocks-org, in
    /work/unseen64a/feeds): a paragraph's first line, a subheading without a stop, then one <br /> and the section's
    first sentence ("Schutz der EU vor Krypto-Betrug Diese Vorschläge sind…" run together): the line is a heading of
    its own, never glued to the sentence."""
    glued = _LEDE + f"<p>Schutz der EU vor Betrug<br />\n{_SENTENCE}</p>"
    assert "Betrug Diese" not in excerpt(glued, limit=400), excerpt(glued, limit=400)
    assert subheading_line(["Reaktion des Marktes", _SENTENCE])


def test_a_wrapped_sentence_or_a_greeting_before_a_br_stays():
    """Counter-examples for set 64a, finding 17: a sentence its author wrapped (the first line ends on a short word or a
    comma, or the next line opens in lower case), a first line that ends a sentence, and a greeting over a name (no
    sentence after it) are no subheadings."""
    assert not subheading_line(
        ["Die Kommission will die", "Bürger vor Geldwäsche und Betrug in Zukunft besser schützen."]
    )
    assert not subheading_line(["Die Kommission will, wie sie sagte,", "Bürger vor Geldwäsche und Betrug schützen."])
    assert not subheading_line(["Schutz der EU vor Betrug", "das ist das Ziel der neuen Regeln der Kommission."])
    assert not subheading_line(["Mit freundlichen Grüßen", "Max Mustermann"])
    assert not subheading_line(["Die Regeln gelten ab Juli.", _SENTENCE])
    wrapped = _LEDE + f"<p>Die Kommission will die<br />\n{_SENTENCE}</p>"
    assert "Die Kommission will die Diese Vorschläge" in excerpt(wrapped, limit=400)


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
