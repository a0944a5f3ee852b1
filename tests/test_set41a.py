"""Set 41's findings (branch fix41a): F2, F10, F6, F3, F11, F1 (/work/unseen41/FINDINGS.md)."""

from bot.cuts import looks_cut
from bot.sentences import split_sentences
from tests.builders import excerpt, read_entries

_MONTHS = ["Februar", "Januar", "Dezember", "November", "Oktober"]


def test_a_feeds_shared_opening_is_not_cut_at_an_ordinals_dot():
    """podcast-muc--termine.xml, F2: every entry opens "Das nächste Podcast Meetup München findet am 15. <Monat> …
    statt."; the repeated-opening finder cut at "am 15." (five entries share that much) and the excerpt opened
    "Februar 2022 um 19:00 Uhr statt.". An opening ends where the excerpt's sentences end, not at an ordinal."""
    entries = [
        {
            "title": f"Meetup {month}",
            "link": f"/termine/{n}/",
            "text": f"Das nächste Podcast Meetup München findet am 15. {month} 2022 um 19:00 Uhr statt.\n"
            f"Dieses Mal berichtet uns Gast {n} über sein Projekt rund um Podcasts und Radio in der Region.",
        }
        for n, month in enumerate(_MONTHS)
    ]
    articles = read_entries(entries)
    assert [a.excerpt.split(" 2022")[0] for a in articles] == [
        f"Das nächste Podcast Meetup München findet am 15. {month}" for month in _MONTHS
    ]


_SZ = (
    "Das nächste Podcast Meetup München findet am 09.12.2020 um 19:00 Uhr statt.\n"
    "Wir treffen uns virtuell: https://bbb.ulm.dev/b/podcast-muc\nAuch Nicht-Münchner:innen sind herzlich willkommen.\n"
    "Konferenzraumname: podcast-muc\nPodcasts bei der SZ Wir passen das Format des Meetups etwas an und versuchen für "
    "jeden Termin auch Vortragende aus der Region zu finden. Den Auftakt macht Vinzent Leitgeb:\nVinzent kommt "
    "ursprünglich aus Wien, und hat seine Ausbildung bei der Deutschen Journalistenschule sowie bei M94,5 absolviert."
)
_ONLINE = (
    "Das nächste Podcast Meetup München findet am 31.05.2020 um 19:00 Uhr statt.\n"
    "Wir treffen uns diesmal virtuell: https://bbb.ulm.dev/b/podcast-muc\nKonferenzraumname: podcast-muc"
)


def test_a_text_that_ends_on_a_fields_slug_is_whole_no_ellipsis():
    """podcast-muc--termine.xml #7, F10: "…Konferenzraumname: podcast-muc…": the raw has nothing after "podcast-muc",
    yet a long run without a sentence end that stops on a lower-case word read as cut by the feed. A field's value
    that is a slug ("Label: podcast-muc") ends a text whole; prose cut by the feed still gets its "…"."""
    entries = [
        {"title": "Podcasts bei der SZ von und mit Vinzent Leitgeb", "link": "/termine/2020-12/", "text": _SZ},
        {"title": "Nächstes Podcast Meetup München findet wieder online statt.", "link": "/termine/2020-05/",
         "text": _ONLINE},
    ]  # fmt: skip
    assert read_entries(entries)[1].excerpt.endswith("Konferenzraumname: podcast-muc")
    cut = _ONLINE.replace("Konferenzraumname: podcast-muc", "Wir sprechen diesmal über die neuen Formate und ihre")
    assert read_entries([entries[0], {**entries[1], "text": cut}])[1].excerpt.endswith("Formate und ihre…")


def test_a_sentence_that_ends_on_a_hyphenated_word_after_a_colon_is_still_cut():
    """The review of set41 F10: a field's slug is a one-word label where a line, a field or a sentence starts (or
    after an address, a line's end in a plain text), its value one word; a long sentence the feed cut after a colon and
    a hyphenated word is no field, and keeps its "…"."""
    opening = "Wir haben lange überlegt, welche Lösung wir nehmen sollen, und nach vielen Runden im Team "
    for end in (
        "lautet die Antwort: self-hosted",
        "war die Antwort am Ende ganz einfach: client-side",
        "war uns allen klar: open-source",
        "stand fest: and/or",
    ):
        assert looks_cut(opening + end), end
    assert not looks_cut(opening + "haben wir entschieden. Konferenzraumname: podcast-muc")


_HOMELAB = (
    "<p>Takže chceš si postavit homelab, ale kde vůbec začít?</p>\n<p>Měl by jsi se zamyslet nad tím, za jakým účelem "
    "homelab pořizuješ. Od tvých potřeb se budou odvíjet požadavky na hardware.</p>\n<p>Většina lidí kteří začínají "
    "s homelabem, chce např. prostor pro ukládání rúzných médií, nebo způsob jak si je moci prohlížet na domácích "
    "zařízeních. Jiní proto, že chtějí testovat nové věci pro práci. Nebo chtějí začít pracovat v IT a potřebují místo, "
    "kde se to všechno naučí.</p>"
)


def test_czech_for_example_ends_no_excerpt_sentence():
    """micinek--cs-index.xml #2, F6: the excerpt ended "…Většina lidí kteří začínají s homelabem, chce např." (Czech
    "for example"; the cut knew the Polish "np." only before a number). Whatever follows it, the sentence goes on, as
    after the Polish "np." (the Czech and Slovak forms: abbreviations.INSIDE)."""
    assert not excerpt(_HOMELAB).endswith("např.")
    text = "Většina lidí, kteří začínají s homelabem, chce např. Plex pro ukládání médií. Jiní chtějí testovat."
    assert split_sentences(text) == [  # (the digest's segmenter, its default language: a capital after "např.")
        "Většina lidí, kteří začínají s homelabem, chce např. Plex pro ukládání médií.",
        "Jiní chtějí testovat.",
    ]


def test_respectively_ends_an_english_sentence_before_a_capital():
    """The review of set41 F6: "resp." is Czech's "or else" inside a sentence, and English papers' "respectively" at a
    sentence's end: it goes on only before a lower-case word or a number."""
    text = "The sensitivity and specificity were 91% and 84%, resp. The test was then validated on a second cohort."
    assert split_sentences(text) == [
        "The sensitivity and specificity were 91% and 84%, resp.",
        "The test was then validated on a second cohort.",
    ]
    for czech in ("Použijte soubor A, resp. soubor B podle verze.", "Cena je 5, resp. 7 korun za kus."):
        assert split_sentences(czech + " Pak restartujte.") == [czech, "Pak restartujte."]
    # (the excerpt's cut: not "…resp. The test was then…")
    assert excerpt(text + " It was repeated.", limit=80) == "The sensitivity and specificity were 91% and 84%, resp."


def test_no_summary_sentence_opens_with_a_comma():
    """kubamarchwicki--mieszkancy-bgw-aktualnosci.xml, F6 (digest): "W środę, 23 lipca 2025 r., wieczorem,
    przesłaliśmy…" was split before the comma, ", wieczorem, przesłaliśmy do…" dropped and "W środę, 23 lipca 2025 r."
    read as the summary's sentence. A part that opens with "," or ";" goes on with the sentence before it."""
    text = (
        "W środę, 23 lipca 2025 r., wieczorem, przesłaliśmy do Dyrekcji Rozbudowy Miasta Gdańska (DRMG) zgłoszenie "
        "naruszenia ochrony danych osobowych. Czekamy na odpowiedź."
    )
    assert split_sentences(text, "pl") == [
        "W środę, 23 lipca 2025 r., wieczorem, przesłaliśmy do Dyrekcji Rozbudowy Miasta Gdańska (DRMG) zgłoszenie "
        "naruszenia ochrony danych osobowych.",
        "Czekamy na odpowiedź.",
    ]


def test_markdowns_strong_marks_around_a_plain_descriptions_paragraph_go():
    """reputatiecoaching--podcast.xml #2, F3: a plain-text description (no markup) opens with a paragraph in Markdown's
    bold, "**Eerder deze week … in september dit jaar.**": the excerpt kept both "**" (emphasis went only around a
    hundred characters at most). A pair around a paragraph's sentences goes; "2**10", "*args, **kwargs" stay."""
    text = (
        "**Eerder deze week was de site van mijn broer gehackt en was hij 924 blogposts kwijt. Dat was wel even "
        "schrikken! Ik vertel je zijn relaas. Laatst ontving ik de uitnodiging om mij aan te melden voor de Local "
        "Guides Summit in San Francisco in september dit jaar.**\nJalwa was jarenlang gratis, maar wordt nu opeens "
        "commercieel."
    )
    shown = read_entries([{"title": "Podcast 165", "link": "/165/", "text": text}])[0].excerpt
    assert shown.startswith("Eerder deze week was de site van mijn broer gehackt") and "*" not in shown
    assert excerpt("Python's 2**10 is 1024; def f(*args, **kwargs) takes any arguments.") == (
        "Python's 2**10 is 1024; def f(*args, **kwargs) takes any arguments."
    )


def test_a_bold_heading_line_and_code_keep_what_the_emphasis_rule_left_them():
    """The review of set41 F3: the emphasis pre-pass in bot/blocks.py undid bot/clean.py's own: a line all in bold
    ("**tldr;**") is a heading (it went; the pre-pass made it "tldr; We moved…"), and code keeps its stars
    ("&lt;code&gt;*italic*&lt;/code&gt;"). One pass now, clean.html_lines' (markdowntext.without_emphasis), a single
    star's pair too in a text without markup ("*by hand*"), a strong pair around a paragraph's sentences too."""
    assert excerpt("**tldr;**\nWe moved the servers to a new data centre last week.") == (
        "We moved the servers to a new data centre last week."
    )
    assert excerpt("Use &lt;code&gt;*italic*&lt;/code&gt; in the template to get emphasis in the output.") == (
        "Use <code>*italic*</code> in the template to get emphasis in the output."
    )
    assert excerpt("We built it *by hand* and it works. It took ***three*** weeks.") == (
        "We built it by hand and it works. It took three weeks."
    )


def test_an_excerpt_that_is_the_title_inflected_after_one_word_is_no_excerpt():
    """atreezillacom--uk-posts.xml #4, F11: title "Колекції C#. Визначення, приклади використання. Аналогії.", text
    "Опис Колекцій C#. Визначення, …" ("description of" and the title, its first word in the genitive): the excerpt was
    the title again. A word the title has but for its last two letters counts as the title's."""
    title = "Колекції C#. Визначення, приклади використання. Аналогії."
    assert excerpt("<p>Опис Колекцій C#. Визначення, приклади використання. Аналогії</p>", title=title) == ""
    text = "<p>Колекції C# зберігають групи об'єктів. Визначення, приклади використання та аналогії з життя.</p>"
    assert excerpt(text, title=title) == (
        "Колекції C# зберігають групи об'єктів. Визначення, приклади використання та аналогії з життя."
    )


def test_a_heading_run_into_a_plain_texts_line_goes():
    """podcast-muc--termine.xml #1, #6 and talavis--covid-portal-sv.xml #7, F1: Hugo's .Summary runs each heading into
    the paragraph after it on the paragraph's line ("Nils Kopp Nils Kopp ist Journalist…", "Podcasts bei der SZ Wir
    passen das Format…", "Introduktion Att ha en kontinuerlig övervakning…"): the heading was kept in the excerpt. A
    phrase said again at once, or a few words before a capitalised pronoun-like opener and a lower-case word, go when
    the words are the entry's title's or two lines of the text open so; a German noun after an article stays."""
    text = (
        "Das nächste Podcast Meetup München findet am 09.12.2020 um 19:00 Uhr statt.\n"
        "Podcasts bei der SZ Wir passen das Format des Meetups etwas an und versuchen Vortragende zu finden.\n"
        "Nils Kopp Nils Kopp ist Journalist, Musiker und Podcaster.\n"
        "11 Leben – Die Welt von Uli Hoeneß ist ein Podcast über Fußball."
    )
    assert excerpt(text, limit=1000) == (
        "Das nächste Podcast Meetup München findet am 09.12.2020 um 19:00 Uhr statt. Wir passen das Format des Meetups "
        "etwas an und versuchen Vortragende zu finden. Nils Kopp ist Journalist, Musiker und Podcaster. 11 Leben – Die "
        "Welt von Uli Hoeneß ist ein Podcast über Fußball."
    )
    lutz = (
        "Das nächste Podcast Meetup München findet am 15. Dezember 2021 um 19:00 Uhr statt.\n"
        "Lutz Neumann Wie ihr wisst versuchen wir für unsere Treffen Vortragende aus der Region zu finden."
    )
    title = "Lutz Neumann, Autor und Regisseur bei den WAKE WORD STUDIOS"
    assert excerpt(lutz, title=title, limit=1000).endswith("statt. Wie ihr wisst versuchen wir für unsere Treffen "
                                                          "Vortragende aus der Region zu finden.")  # fmt: skip
    swedish = (
        "Introduktion Att ha en kontinuerlig övervakning av en viral patogen är avgörande.\n"
        "Metod Idag sekvenseras alla positiva prover vid Akademiska sjukhuset."
    )
    assert excerpt(swedish) == (
        "Att ha en kontinuerlig övervakning av en viral patogen är avgörande. Idag sekvenseras alla positiva prover vid "
        "Akademiska sjukhuset."
    )


def test_a_title_or_a_quotation_in_running_text_keeps_its_lead_in():
    """The review of set41 F1: a line's few capitalised words before an opener and a lower-case word were cut from any
    plain text: a book's or a film's title, a quotation ("Hape Kerkelings Buch Ich bin dann mal weg erschien…" became
    "Ich bin dann mal weg…"), an English word ("Open Vi and type…", "Chanting Om is…"), Dutch "Het" (an article).
    Without the title's words or a second line so, each line stays; "Ich", "Vi", "Om", "Het" open none."""
    lines = [
        "Hape Kerkelings Buch Ich bin dann mal weg erschien 2006 und wurde ein Bestseller.",
        "Kennedy said Ich bin ein Berliner in 1963 in front of a huge crowd.",
        "Open Vi and type :wq to quit the editor when you are done.",
        "Chanting Om is said to calm the mind of those who practise it.",
        "De roman Het diner van Herman Koch werd een internationale bestseller.",
        "Le film Je verrai toujours vos visages sort en salles le 29 mars.",
        "Boken Vi som aldrig sa hejdå kom ut 2019 och blev en succé.",
        "Il romanzo Noi siamo infinito racconta la storia di un ragazzo.",
    ]
    for line in lines:
        assert excerpt(f"Das Meetup findet am Montag statt.\n{line}", limit=400).endswith(line)
    song = "New York New York is the song Sinatra made famous in 1979."
    assert excerpt(f"Das Meetup findet am Montag statt.\n{song}", limit=400).endswith(song)
