"""Set 45's findings (/work/unseen45/FINDINGS.md): made-up texts in the shape of the feeds' items."""

from tests.builders import read_entries


def _one(text: str, title: str = "Story") -> str:
    return read_entries([{"title": title, "link": "/a", "text": text}])[0].excerpt


def test_a_copyright_notice_glued_to_the_last_stop_goes():
    """set45 F4: seriousbusiness--brusselnieuws.xml #0 "Brusselse regeringsleden hebben eed afgelegd" kept
    "…mannen tellen.© brusselnieuws.be" (no space after the stop; with one it went)."""
    lead = (
        "De nieuwe ministers hebben vanochtend de eed afgelegd in het parlement. De Brusselse regering zal voor "
        "het eerst evenveel vrouwen als mannen tellen."
    )
    assert _one(lead + "© brusselnieuws.be") == lead
    assert _one(lead + "© Kris Hendrickx") == lead
    # (the sign, then a capitalised phrase a sentence goes on after: the new branch is tried and fails)
    kept = "De nieuwe ministers hebben vanochtend de eed afgelegd.© Foto's van de ceremonie staan online op onze site."
    assert _one(kept) == kept


_STORY = "<p>In ihrer dritten Folge sprechen Dominik und Yves über den neuen Film von Wes Anderson.</p>"


def test_a_podcasts_welcome_to_its_listeners_is_no_lead():
    """set45 F1: letztereihe--podcast.xml #1–#9 opened on the show's welcome ("Hallo und herzlich willkommen liebe
    Zuhörerinnen und Zuhörer zum Podcast "Letzte Reihe Parkett".", "Hallo liebe Gäste, schön dass ihr eingeschaltet
    habt."); the whole sentence goes (no "And welcome…" left of an English one)."""
    story = "In ihrer dritten Folge sprechen Dominik und Yves über den neuen Film von Wes Anderson."
    welcomes = [
        '<p>Hallo und herzlich willkommen liebe Zuhörerinnen und Zuhörer zum Podcast "Letzte Reihe Parkett".</p>',
        "<p>Hallo und herzlich Willkommen liebe Gäste zur Letzten Reihe Parkett.</p>",
        "<p>Hallo liebe Gäste, schön dass ihr eingeschaltet habt.</p>",
    ]
    for welcome in welcomes:
        assert _one(welcome + _STORY) == story, welcome
    assert _one("<p>Hallo liebe Gäste, schön dass ihr eingeschaltet habt. Wir haben eine Nachricht.</p>" + _STORY) == (
        "Wir haben eine Nachricht. " + story
    )
    english = "<p>Hello everyone, and welcome to our podcast.</p><p>In episode three we talk about films we loved.</p>"
    assert _one(english) == "In episode three we talk about films we loved."


def test_a_welcome_that_is_the_news_stays():
    """set45 F1's risk: a welcome with no audience and no show named is the story's ("Willkommen im Club: …")."""
    news = "<p>Willkommen im Club: Kroatien führt den Euro ein.</p><p>Ab Januar zahlt man dort mit dem Euro.</p>"
    assert _one(news).startswith("Willkommen im Club")


def test_a_lone_dot_of_a_command_ends_no_sentence():
    """set45 F6: 1noro--record-rat-la.xml "CD fuzzy finder": the digest's summary ended "…con comandos como nvim ."
    (`<code>nvim .</code> o <code>code .</code> los cuales…`): a dot alone after a space, lower case next, goes on."""
    from bot.sentences import split_sentences

    text = (
        "Abro un proyecto entero en el editor de turno con comandos como nvim . o code . los cuales me ahorran "
        "mucho tiempo. Lo uso cada día."
    )
    assert split_sentences(text, "es") == [text[: text.index(" Lo uso")], "Lo uso cada día."]


def test_a_works_card_before_the_review_is_no_lead():
    """set45 F3: 1noro--record-rat-la.xml #2/#3/#7/#8: the film card ("Das weisse Band - Alemania, Michael Haneke
    (2009) primera guerra mundial, puritanismo, …") was the excerpt, "…" after it; the synopsis after it is the lead."""
    synopsis = "Una puritana aldea alemana en 1913 y una serie de desgracias de misteriosa autoría."
    card = (
        "<p><em>Das weisse Band</em> - Alemania, Michael Haneke (2009) <em>primera guerra mundial, puritanismo, "
        "religión, cine de época</em></p>"
    )
    assert _one(card + f"<p>{synopsis}</p>", title="La cinta blanca") == synopsis
    # (a dateline's paragraph, a year in parentheses, no full stop last: the story's sentence, not a card; review F3)
    after = "<p>La norma entra en vigor el mes que viene.</p>"
    for story in (
        "Madrid - El Gobierno, según fuentes de Moncloa (2024) ha aprobado hoy la ley de vivienda el lunes 🏠",
        "Transformers - Vaswani, Shazeer and Parmar (2017) changed how we build language models and we show why in "
        "this post",
    ):
        assert _one(f"<p>{story}</p>" + after, title="Ley").startswith(story[:40]), story


def test_a_flash_with_no_text_keeps_its_bracketed_headline_as_the_title():
    """set45 F2: dengchangdong--finance-news.xml #2/#3/#6/#7/#8: no description, the whole flash in <title>
    ("【英国卫生大臣新冠检测阳性】周六，…。…"): the headline in brackets is the title, the rest the excerpt; a
    label in brackets ("【速報】") and a one-sentence title stay as they are."""
    body = (
        "周六，英国卫生大臣萨吉德·贾维德宣布，他的新冠肺炎检测呈阳性。贾维德说他在周五感到有点头昏眼花，随后做了检测。"
    )
    flash, label, short = read_entries(
        [
            {"title": "【英国卫生大臣新冠检测阳性】" + body, "link": "/1", "text": ""},
            {"title": "【速報】" + body, "link": "/2", "text": ""},
            {"title": "【英国卫生大臣新冠检测阳性】周六宣布。", "link": "/3", "text": ""},
        ]
    )
    assert (flash.title, flash.excerpt) == ("英国卫生大臣新冠检测阳性", body)
    assert (label.title, label.excerpt) == ("【速報】" + body, "")
    assert short.title == "【英国卫生大臣新冠检测阳性】周六宣布。"


def test_a_welcome_in_the_news_is_no_shows_welcome():
    """set45's review of F1: a news sentence that opens with a welcome, at the text's start or further on, names
    no show after an article ("the Paris Air Show", "the Show Me State") and addresses no audience ("care unit",
    "Kopfhörer", "welcome news for listeners"): it stays."""
    after = "<p>The rest of the story follows here today.</p>"
    for news in (
        "Welcome news for listeners: BBC Radio 4 will keep its long-wave service until 2027.",
        "A warm welcome for the Chelsea Flower Show.",
        "Welcome to the Paris Air Show.",
        "Welcome to the new intensive care unit at St Mary's Hospital.",
        "Willkommen in der Welt der kabellosen Kopfhörer.",
        "Bienvenidos al programa de vacunación de la Comunidad de Madrid.",
        "Welcome to the Show Me State, where Missouri voters go to the polls today.",
    ):
        assert _one(f"<p>{news}</p>" + after).startswith(news), news
        assert news in _one(f"<p>The story opens here today.</p><p>{news}</p>" + after), news
    assert _one("<p>Welcome, listeners, to episode 4.</p>" + _STORY) == _STORY[3:-4]


def test_a_bracketed_label_or_dateline_is_no_flash_headline():
    """set45's review of F2: a label ("【インタビュー】", "【2024年最新版】") or a wire's dateline ("【ワシントン共同】",
    "【环球网报道 记者 王欢】") in brackets is no headline: the title stays whole; so does one whose rest is no
    sentences (no "。", no wide stop last)."""
    body = "新社長は記者会見で、来年度から海外の工場を三つ増やし、従業員を二千人採用する計画を明らかにした。詳細は後日発表する。"
    zh = "周六，英国卫生大臣萨吉德·贾维德宣布，他的新冠肺炎检测呈阳性。贾维德说他在周五感到有点头昏眼花，随后做了检测。"
    titles = [
        "【インタビュー】新社長が語る" + body,
        "【プレスリリース】" + body,
        "【2024年最新版】" + body,
        "【ワシントン共同】" + body,
        "【环球网报道 记者 王欢】据路透社" + zh,
        "【英国卫生大臣新冠检测阳性】" + zh[:-1] + "，详见",
    ]
    entries = read_entries([{"title": title, "link": f"/{i}", "text": ""} for i, title in enumerate(titles)])
    assert [entry.title for entry in entries] == titles


def test_a_lone_dot_before_a_sentences_lower_case_start_ends_it():
    """set45's review of F6: only a minor word after the lone dot goes on with the sentence ("nvim . o code ."); a
    name in lower case, a command, a word after "%" open the next sentence."""
    from bot.sentences import split_sentences

    for first, second in (
        ("Apple hat das Update verteilt .", "iOS 18 bringt neue Funktionen."),
        ("The package is on npm .", "npm install foo is all it takes."),
        ("Ich habe es bei eBay gekauft .", "eBay hat schnell geliefert."),
        ("Mehr steht hier: heise.de .", "iPhone-Nutzer sollten updaten."),
        ("Die Preise steigen um 5 % .", "danach fallen sie wieder."),
    ):
        assert split_sentences(f"{first} {second}", "en") == [first, second]
