"""Set 41's findings left open after the first round (tests/data/unseen/set41/AFTER.md), and set40's (set40/AFTER.md).
The feeds have no licence: made-up words in their shape."""

from tests.builders import excerpt


def test_a_heading_a_plain_summary_ran_into_a_line_goes_with_evidence_of_its_own():
    """set41 F1 (AFTER.md, still open): talavis--covid-portal-sv.xml "Introduktion Att ha…" (SARS-CoV-2-varianter),
    "Pathogens Portal The Pathogens Portal som…" (Samarbetsorganisationer), "Supporttjänster om Portalen Om du har…"
    (Stödtjänster); policics--index.xml #6 "Sobre el LEM El Laboratorio Experimental Móvil (LEM) es…"; magyarch--cikkek.xml
    #6 "Jellemzők A vifm…" / "Telepítés Természetesen…"; reputatiecoaching--podcast.xml 162 "Kansloos linkverzoek Tja,
    ik denk…" (the title's words); podcast-muc--termine.xml "11 Leben – Die Welt von Uli Hoeneß Wie immer…" (seven words,
    the title's). Hugo's plain .Summary runs each heading into its paragraph's line: the heading goes when it is one
    word before a sentence's opener, when the sentence names one of its words again, when the title names it, or when
    two lines open so."""
    one_word = "Inledning Att följa ett virus över tid är viktigt för att kunna begränsa dess spridning i landet."
    assert excerpt(one_word, limit=400) == one_word.removeprefix("Inledning ")
    again = "Virus Portal The Virus Portal som drivs av ett europeiskt institut lanserades i maj 2022."
    assert excerpt(again, limit=400) == again.removeprefix("Virus Portal ")
    acronym = "Acerca del LAM El Laboratorio Abierto Móvil (LAM) es un espacio de trabajo de la universidad."
    assert excerpt(acronym, limit=400) == acronym.removeprefix("Acerca del LAM ")
    support = "Hjälp om Portalen Om du har frågor om tjänsten, skriv till gruppen som sköter Portalen varje dag."
    assert excerpt(support, limit=400) == support.removeprefix("Hjälp om Portalen ")
    two_lines = (
        "Tulajdonságok A program segítségével gyorsan mozoghat a könyvtárak között.\n"
        "Beállítás Természetesen a parancssorból állítjuk be a programot."
    )
    assert excerpt(two_lines, limit=400) == (
        "A program segítségével gyorsan mozoghat a könyvtárak között. Természetesen a parancssorból állítjuk be a "
        "programot."
    )
    named = "Gemiste kans Tja, ik denk dat jij ze ook wel eens krijgt: van die vragen om een link."
    assert excerpt(named, title="170: Gemiste kans & een plan", limit=400) == named.removeprefix("Gemiste kans ")
    long = "Das Treffen ist am Montag.\n12 Jahre – Die Welt von Hans Meier Wie immer suchen wir Vortragende hier."
    title = "Eva Berg über ihr Projekt: 12 Jahre – Die Welt von Hans Meier"
    assert excerpt(long, title=title, limit=400) == "Das Treffen ist am Montag. Wie immer suchen wir Vortragende hier."


def test_a_sentence_that_opens_with_a_title_or_a_name_keeps_it():
    """The same rule's bounds (set21 areweanticheatyet, set22 the-batch in the dumps): the title itself as the subject
    ("Off The Grid was newly added…" under "Off The Grid"), a sentence opening with "This" ("This special issue of The
    Batch celebrates…"), an English "A" after a word ("Vitamin A deficiency…" names "vitamin" again: no evidence after
    "A")."""
    assert excerpt("Off The Grid was newly added and is running.", title="Off The Grid").startswith("Off The Grid")
    batch = "This special issue of The Batch celebrates the launch of our new course on special networks."
    assert excerpt(batch, limit=400) == batch
    vitamin = "Vitamin A deficiency is caused by a diet low in vitamin rich food."
    assert excerpt(vitamin, limit=400) == vitamin
