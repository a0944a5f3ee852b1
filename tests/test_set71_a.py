"""Set 71 (/work/unseen71a/FINDINGS.md, /work/unseen71b/FINDINGS.md), group a: lead-ins and cuts. A place's dateline
before every entry (71a F1, bot/datelinerows.py), a title before a name read as a sentence's end (71a F2,
bot/abbreviations.py), a section's label before a later paragraph (71a F10, bot/sectionlabels.py), a bold numbered
section heading read as a sentence (71b F9, bot/boldheads.py), a cut at a word although a clause ended before it
(71b F8, bot/clausecuts.py). Made-up text in the feeds' shapes: the feeds have no licence."""

from bot.boilerstrip import strip_start
from bot.excerpt import make_excerpt
from bot.sentences import split_sentences
from tests.builders import digest_summary, excerpt, read_entries

_KALBAR = (
    "Pontianak-, Balitbang Provinsi Kalbar laksanakan rapat koordinasi tindak lanjut penyusunan rencana induk "
    "pengembangan masyarakat pada kegiatan usaha pertambangan, bertempat di ruang rapat Bappeda Provinsi Kalbar, "
    "Selasa (15/10/2024). Rapat dipimpin oleh Plt. Kepala Balitbang Provinsi Kalbar Dra. Mahmudah, M.M. dan dihadiri "
    "oleh para kepala bidang."
)


def test_a_place_alone_before_a_dash_and_a_comma_is_a_dateline():
    """Set 71a, finding 1 (IrfanSabrian--kalbar-berita.xml, repository IrfanSabrian/kalbar, in /work/unseen71a/feeds):
    "Pontianak-, " opened every excerpt and summary of a provincial agency's news. A place of capitalised words, a
    dash run into it or spaced, a comma, then a capitalised word: it goes from the excerpt and the summary. Not a
    word's suspended hyphen ("Anglo-, Franco- and…", "Nord-, Ost- und…"), a grade ("A-, B+"), a hyphenated name."""
    [article] = read_entries([{"title": "Rapat koordinasi", "link": "/berita/1", "text": f"<p>{_KALBAR}</p>"}])
    assert article.excerpt.startswith("Balitbang Provinsi Kalbar laksanakan"), article.excerpt
    assert digest_summary(article).startswith("Balitbang Provinsi Kalbar laksanakan"), digest_summary(article)
    assert strip_start("Pontianak -, Badan Penelitian dan Pengembangan melaksanakan rapat.")[0].startswith("Badan")
    for kept in (
        "Anglo-, Franco- and German-speaking pupils sat the same test.",
        "Nord-, Ost- und Westdeutschland hatten am Montag Regen.",
        "Grade A-, B+ and C students all passed the course.",
        "Rolls-Royce, the engine maker, said on Monday it would hire.",
        "Pontianak, Balitbang Provinsi Kalbar laksanakan rapat.",
        # (a two-member suspended compound, its second member whole: review rev71a 1)
        "Vor-, Nachname und E-Mail-Adresse sind Pflichtfelder, die Telefonnummer ist freiwillig.",
        "Ein-, Zweifamilienhäuser und Reihenhäuser in ruhiger Lage stehen zum Verkauf.",
        "Damen-, Herrenmode und Schuhe gibt es jetzt im Erdgeschoss.",
        "Voor-, Achternaam en adres zijn verplicht bij de inschrijving.",
    ):
        assert strip_start(kept)[0] == kept, kept
        assert excerpt(f"<p>{kept}</p>") == kept, excerpt(f"<p>{kept}</p>")
    dan = "Pontianak-, Badan Penelitian dan Pengembangan Provinsi Kalbar melaksanakan rapat."  # (Indonesian "and")
    assert strip_start(dan)[0].startswith("Badan Penelitian"), strip_start(dan)[0]


def test_an_indonesian_title_before_a_name_ends_no_sentence():
    """Set 71a, finding 2 (IrfanSabrian--kalbar-berita.xml, repository IrfanSabrian/kalbar, in /work/unseen71a/feeds):
    the titles Indonesian writes before a name ("Plt.", "Drs.", "Dra.", "Ir.") ended the excerpt ("…Rapat dipimpin
    oleh Plt.") and the summary's sentences ("…Setda Provinsi Kalbar Drs.", "…Prof. Dr. Ir."). Before a capital, as
    written, they go on to the name; a lower-case "ir." (Spanish "to go") still ends its sentence."""
    text = (
        "Rapat dipimpin oleh Plt. Kepala Balitbang Provinsi Kalbar Dra. Mahmudah, M.M. dan dihadiri oleh Asisten "
        "Setda Provinsi Kalbar Drs. Ignasius IK, SH, M.Si, serta Prof. Dr. Ir. Rahmatullah Rizieq, M.Si. "
        "Rapat tersebut membahas rencana induk."
    )
    assert split_sentences(text) == [text[: text.index(" Rapat tersebut")], "Rapat tersebut membahas rencana induk."]
    long = (
        "<p>"
        + "Kegiatan tersebut berlangsung di Hotel Ibis Pontianak. " * 3
        + "Rapat dipimpin oleh Plt. "
        + (
            "Kepala Balitbang Provinsi Kalbar Dra. Mahmudah dan dihadiri oleh seluruh peneliti serta analis kebijakan "
            "dari dinas dan badan di lingkungan pemerintah provinsi.</p>"
        )
    )
    assert not excerpt(long).endswith(("Plt.", "Dra.")), excerpt(long)
    assert split_sentences("Mañana quiero ir. Luego vuelvo a casa con mis hermanos.") == [
        "Mañana quiero ir.",
        "Luego vuelvo a casa con mis hermanos.",
    ]


def test_a_chemical_symbol_a_title_is_written_as_still_ends_its_sentence():
    """Review rev71a, finding 2 (of set 71a F2): "Ir" and "KH" are also chemical symbols (iridium, potassium hydride),
    and a sentence ends on them before a capital: they go on only to a name (a capitalised word, then another or a
    comma: "Ir. Budi Santoso", "KH. Ahmad Dahlan,") or after a title ("Prof. Dr. Ir.")."""
    assert split_sentences("The complex was then doped with Ir. The yield rose to 91 percent.") == [
        "The complex was then doped with Ir.",
        "The yield rose to 91 percent.",
    ]
    assert len(split_sentences("It was deprotonated with KH. The alkoxide was stirred.")) == 2
    assert len(split_sentences("Sample 3 contained Ir. Sample 4 did not.")) == 2
    lab = (
        "<p>We prepared a series of pincer complexes from the commercially available chloride salts and the new "
        "ligand. The first complex was then doped with Ir. The yield rose to 91 percent after two hours at room "
        "temperature, and the selectivity stayed above 99 percent in every run we made over the following three weeks "
        "of testing in the lab, which surprised the whole group a great deal.</p>"
    )
    assert excerpt(lab).endswith("The first complex was then doped with Ir."), excerpt(lab)
    for name in ("Hadir pula Ir. Budi Santoso dan lainnya.", "Dibuka oleh KH. Ahmad Dahlan, lalu doa bersama."):
        assert split_sentences(f"{name} Rapat selesai.") == [name, "Rapat selesai."]


def test_a_section_label_before_a_later_paragraph_goes():
    """Set 71a, finding 10 (indigente--eventos.xml, repository indigente/indigente.github.io, in
    /work/unseen71a/feeds): a talk's description, "Palestra na SEMCOMP, dia 01/12/2016, 15:00." then a line
    "Resumo: O Interactive Digital Entertainment (Indigente) é um grupo…": the excerpt and the summary read "Resumo:"
    as a sentence's first word. After a paragraph that ends a sentence, before a sentence, the label goes; not a
    label a word follows ("Resumo do evento:"), nor a form's field after another ("Category: …")."""
    text = (
        "Palestra na Semana da Computação da UFBA (SEMCOMP), dia 01/12/2016, 15:00.\nResumo: O Interactive Digital "
        "Entertainment (Indigente) é um grupo de pesquisa e desenvolvimento de jogos digitais fundado em 2004."
    )
    [article] = read_entries([{"title": "Palestra na SEMCOMP 2016", "link": "/eventos/semcomp2016/", "text": text}])
    assert "Resumo" not in article.excerpt and "15:00. O Interactive" in article.excerpt, article.excerpt
    assert "Resumo" not in digest_summary(article), digest_summary(article)
    talk = "<p>Palestra na Semana da Computação da UFBA (SEMCOMP), dia 01/12/2016, 15:00.</p>"
    subject = "<p>Resumo do evento: o grupo mostrou os jogos feitos em 2016 por alunos da UFBA.</p>"
    assert "Resumo do evento: o grupo" in excerpt(talk + subject)
    form = "<p>Category: Studio Pro - Runtime.</p><p>Description: The date inputs fail after the last update.</p>"
    assert "Description: The date inputs" in excerpt(form), excerpt(form)
    # (the label with a spaced dash goes too, whether or not a colon stands anywhere in the entry: review rev71a 4)
    for day in ("dia 01/12/2016.", "dia 01/12/2016, 15:00."):
        dashed = f"<p>Palestra na Semana da Computação, {day}</p><p>Resumo – O grupo faz jogos digitais desde 2004.</p>"
        assert excerpt(dashed).endswith(f"{day} O grupo faz jogos digitais desde 2004."), excerpt(dashed)


_NEWSLETTER = (
    "<p></p><p><strong>1/ Working with the Department for Business and Trade.</strong> </p><p>The department and the "
    "office of the Small Business Commissioner have been running an open consultation on late payments, and we have "
    "been feeding in our insights.</p><p></p><p><strong>2/ Another audit for a Freelance Friendly business</strong>"
    "</p><p>We audited another business this month and it went well for all of us.</p>"
)


def test_a_bold_numbered_section_heading_is_no_sentence():
    """Set 71b, finding 9 (thinkplaymake--substack.xml, repository thinkplaymake/thinkplaymake.github.io, in
    /work/unseen71b/feeds): a newsletter's sections, each under a bold paragraph "1/ Working with…." (its own full
    stop), "2/ Another audit…": the excerpt opened with the first heading as a sentence. With a sibling numbered the
    same way and prose under each, they are headings. Not one alone, nor one numbered another way."""
    assert excerpt(_NEWSLETTER).startswith("The department and the office"), excerpt(_NEWSLETTER)
    alone = _NEWSLETTER[: _NEWSLETTER.index("<p></p><p><strong>2/")]
    assert excerpt(alone).startswith("1/ Working with the Department"), excerpt(alone)
    other = _NEWSLETTER.replace("<strong>2/ ", "<strong>2. ")  # (numbered another way: no sibling)
    assert excerpt(other).startswith("1/ Working with the Department"), excerpt(other)
    for first, second in (("#1 ", "#2 "), ("(1) ", "(2) ")):  # (each mark its own sibling: review rev71a 8)
        marked = _NEWSLETTER.replace("<strong>1/ ", f"<strong>{first}").replace("<strong>2/ ", f"<strong>{second}")
        assert excerpt(marked).startswith("The department and the office"), (first, excerpt(marked))


def test_numbered_steps_with_their_own_stop_are_the_text():
    """Review rev71a, finding 3 (of set 71b F9): a recipe's or a how-to's bold numbered steps, "1. Heat the oven to
    200 degrees." with a tip under each, are its text, not section headings: with "1." or "1)", a phrase with its own
    full stop stays; "1/" with a stop is F9's heading (the test above)."""
    recipe = (
        "<p>Here is how I make it every week.</p><p><strong>1. Heat the oven to 200 degrees.</strong></p><p>A hot "
        "oven gives the crust its colour in the first minutes.</p><p><strong>2. Salt the chicken well.</strong></p>"
        "<p>Do it the night before if you can.</p>"
    )
    whole = (
        "Here is how I make it every week. 1. Heat the oven to 200 degrees. A hot oven gives the crust its colour in "
        "the first minutes. 2. Salt the chicken well. Do it the night before if you can."
    )
    assert excerpt(recipe) == whole, excerpt(recipe)
    assert digest_summary(read_entries([{"title": "Roast chicken", "link": "/r", "text": recipe}])[0]) == whole
    steps = recipe.replace("<strong>1. ", "<strong>1) ").replace("<strong>2. ", "<strong>2) ")
    assert "1) Heat the oven to 200 degrees." in excerpt(steps), excerpt(steps)


def test_a_cut_stops_before_a_clause_a_conjunction_opens():
    """Set 71b, finding 8 (thinkplaymake--substack.xml, repository thinkplaymake/thinkplaymake.github.io, in
    /work/unseen71b/feeds): a one-sentence paragraph longer than the limit was cut at a word that leans on the next
    ("…Evidence Centre on…") although a clause ended before ", and the afternoon saw…". In the cut's window (the
    semicolon's), a comma before a clause's conjunction and a lower-case word is where it stops, when the cut at a
    word would end on such a word ("…send their…"); not when it ends on a word that reads whole, nor after an article
    the cut steps back over ("…send the…" ends "…send…"), nor before a capital (", and Partners")."""
    text = (
        "We spent the whole of the morning of the conference walking between the halls of the old exhibition centre "
        "to find the stands of the small publishers we wanted to meet this year and the year after, and the afternoon "
        "saw long talks with three of them on the prices of paper and how they send their books abroad after the new "
        "rules came into force in the spring of that year for everyone."
    )
    assert excerpt(f"<p>{text}</p>").endswith("this year and the year after…"), excerpt(f"<p>{text}</p>")
    article = text.replace("send their books", "send the books")
    assert excerpt(f"<p>{article}</p>").endswith("how they send…"), excerpt(f"<p>{article}</p>")
    capital = text.replace(", and the afternoon", ", and Partners saw the afternoon")
    assert not excerpt(f"<p>{capital}</p>").endswith("year after…")


def test_a_cut_on_a_noun_or_an_object_reads_whole():
    """Review rev71a, finding 5 (of set 71b F8): "son" (an English noun), "sein" (German's infinitive) and "her"
    before no lower-case word end a cut whole: it does not step back to the comma before ", and…"."""
    text = (
        "I spent the whole of the spring repairing the old stone barn beside the river with my father, and the work "
        "kept him and his son busy from dawn until late in the evening every single day of the week"
    )
    for limit in (128, 130, 132):
        assert make_excerpt(text, limit).endswith("kept him and his son…"), make_excerpt(text, limit)
    german = (
        "Wir haben den ganzen Frühling und den halben Sommer an der alten Scheune am Fluss gearbeitet, und die Arbeit "
        "wird uns Freude sein Morgen fangen wir mit dem Dach an"
    )
    assert make_excerpt(german, 131).endswith("uns Freude sein…"), make_excerpt(german, 131)
    thanked = text.replace("kept him and his son busy", "made us thank her Monday")
    assert make_excerpt(thanked, 127).endswith("thank her…"), make_excerpt(thanked, 127)
