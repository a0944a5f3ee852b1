"""The review of set 61's fixes (/work/notes/rev61b-findings.md), findings 1 and 3: a sentence's subject and verb
after a title taken for a label (titleruns), an event's fields and other languages' credits taken for a write-up's
field rows (fieldruns). Each rule's shape is still removed (tests/test_set60c.py, tests/test_set61b.py). Made-up text:
the feeds the rules were written for have no licence."""

from bot.boilerstrip import strip_start
from bot.headingrows import without_run_in_heading
from tests.builders import excerpt


def test_a_name_and_its_verb_after_a_title_are_no_label():
    """The review of set 61, finding 1 (bot/titleruns.py, written for set60 F7: traffic-max--tech-horizon-uk.xml,
    repository Traffic-Max/tech-horizon, in /work/unseen60/feeds): after a title said whole, a name and its verb in
    lower case were taken for a label and the text was cut to the verb's object, "<title> Acme announced Friday
    that…" → "Friday that…". A title that names names (a capital after its first word), or a "sentence" that opens
    on a word of the title again, runs into a sentence, not into a label."""
    for title, line in (
        ("Photon Browser gets split view", "Acme announced Friday that split view is coming to every user soon."),
        ("Photon estrena la vista dividida hoy", "Acme lanzó Photon con vista dividida para todos los usuarios."),
        ("Quill lands in the Nordic Council", "Acme launched Quill in all member states after a long review."),
        ("Die neue Ausgabe von Photon", "Acme veröffentlicht Freitag eine neue Ausgabe für alle Nutzer."),
        ("Nowe funkcje w przeglądarce Photon", "Acme wprowadza Nowy panel boczny dla wszystkich od dziś."),
    ):
        text = f"{title} {line}"
        assert without_run_in_heading(text, title.casefold()) == text, text
        assert excerpt(f"<p>{text}</p>", title=title).startswith(title), text
    # (the shape the rule is for still goes: a sentence-case title, a label, the text's first sentence)
    title = "12 найкращих сайтів для аналізу акцій"
    line = f"{title} Торгові платформи Аналіз акцій допомагає інвесторам зрозуміти, як працювала компанія."
    assert without_run_in_heading(line, title.casefold()).startswith("Аналіз акцій допомагає")
    title = "Ten best stock research sites for traders"  # (its word again, in lower case there: no name)
    line = f"{title} Payment tools Stock research matters, as it shows a company's whole history."
    assert without_run_in_heading(line, title.casefold()).startswith("Stock research matters")


def test_an_event_s_fields_and_credits_are_no_write_up_s_field_rows():
    """The review of set 61, finding 3 (bot/fieldruns.py, written for set61 F2: k-scorpio--scorpiosec-fr.xml,
    repository K-Scorpio/scorpiosec, in /work/unseen61/feeds): (a) an event's or a job's fields went though only a
    number kept them ("Wann: Samstag Wo: … Eintritt: frei <text>"); (b) French, German, Spanish credits went and left
    the last name's second word glued to the text ("Réalisation : Anne Morel Dans cet épisode…" → "Morel Dans…")."""
    for line in (
        "Date: Samedi Lieu: Salle Rouge Entrée: Libre Le bal ouvre la saison des fêtes.",
        "Wann: Sonntag Wo: Alte Halle Eintritt: frei Das Fest beginnt mit einem Umzug durch die Stadt.",
        "Cuándo: Domingo Dónde: Plaza Nueva Entrada: Libre La feria vuelve con treinta puestos de libros.",
        "When: Sunday Where: Old Mill Entry: Free The fair returns with thirty stalls of books.",
        "Location: Remote Type: Part time Level: Junior We are hiring a writer for our docs team.",
        "Deadline: Monday Format: Hybrid Fee: None Applications for the winter course are open.",
        "Animateur : Luc Girard Invitée : Anne Morel Réalisation : Paul Roux Dans cet épisode, on parle de pluie.",
        "Regie: Ida Berg Genre: Drama Land: Norwegen Der Film erzählt von einem Winter am Fjord.",
        "Platform: Game Box Genre: Puzzle Developer: Team Lark Blue Owl finally arrives after years of waiting.",
    ):
        assert strip_start(line)[0] == line, line
    # (a write-up's category fields still go, with a two-word value and a name of two words opening the text)
    for line, text in (
        ("Plateforme: Box Arena Lien: Heron Niveau: Facile OS: Linux Heron présente deux services.", "Heron présente"),
        ("Platform: Box Arena Link: Grey Owl Level: Easy OS: Windows Grey Owl runs an old mail server.", "Grey Owl"),
    ):
        assert strip_start(line)[0].startswith(text), line
