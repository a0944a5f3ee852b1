"""Set 70a (tests/data/unseen/set70a/FINDINGS.md), finding 5: a full stop inside a quoted title taken for a sentence's
end ("Книга випуску “Сила інтровертів." cut there, the title's second half gone; bot/quoting.py open_quotation, read
by bot/cuts.py's last_sentence_end and bot/sentences.py's split_sentences). Made-up text in the feed's shape."""

from bot.quoting import open_quotation
from bot.sentences import split_sentences
from tests.builders import excerpt

NOTES = (
    "Менторство як воно. Pet project - GraphQL поки відміняється. Різноманіття повинно бути одноманітним - будуємо API"
)


def test_a_stop_inside_a_quoted_title_ends_no_sentence():
    """sheremetat #8 (a Ukrainian podcast's notes, set 70a): "Книга випуску “Сила інтровертів. Тихі люди у світі, що
    не може мовчати\"" — the book's title closes a few words after its first stop, and a name or the next words follow
    it: no sentence ends at "інтровертів.", in the excerpt's cut nor among the summary's sentences."""
    text = f'{NOTES} Web сервісу. Книга випуску “Сила інтровертів. Тихі люди у світі, що не може мовчати" Слухайте нас.'
    assert 'Книга випуску “Сила інтровертів. Тихі люди у світі, що не може мовчати" Слухайте нас.' in split_sentences(
        text
    )
    title = "Книга випуску - “Продається все. Джефф Безос та ера Amazon” Бред Стоун."
    assert title in split_sentences(f"Четвертий випуск мого подкасту. {title}")
    # (the cut's half, cuts.last_sentence_end with quoting.quoted_at: at limit 100 it stopped at "все." and closed the
    # title, "…Книга випуску - “Продається все.”"; review rev71a 6, the limit-180 check passed without it)
    cut = excerpt(f"<p>Четвертий випуск мого подкасту про книги. {title} Слухайте та підписуйтесь по RSS або в itunes, "
                  "допомога подкасту на Patreon.</p>", limit=100)  # fmt: skip
    assert cut == "Четвертий випуск мого подкасту про книги.", cut


def test_quoted_speech_and_other_quotes_still_end_sentences():
    """Counter-examples: quoted speech whose words end with a mark before the close ("…I guess.\"", "…case,” Mr
    Gates", "…граждан», — заявил": its mark after the close), a quote closed at once ("Go.\""), a close with another
    quote between ("…lucky. Although it was “beyond anyone’s dreams”"), German's „…“, an ellipsis (a pause), the
    inch of a screen and a mark spaced off its words are no open title: their sentences end where they did."""
    assert split_sentences('He said "Go." She went.') == ['He said "Go."', "She went."]
    speech = 'Wang defends, "You know, it was abstract. But we wanted to keep it fresh. Ya live ya learn." In the film'
    assert not open_quotation(speech[:41], speech[41:])
    assert not open_quotation("“This is a case about information.", " They ask for one case,” Mr Gates said.")
    assert not open_quotation("«Я не держусь за власть.", " Не хочу остаться в истории как президент», — заявил он.")
    assert not open_quotation("stones: “Gren Thomas was not lucky.", " His daughter, he said. It was “beyond dreams”")
    assert not open_quotation("Sie sagte: „Das ist gut.“", " Er ging dann nach Hause.")
    assert not open_quotation("“Ten… nine…", " eight, seven” she said")
    assert not open_quotation('A 5" screen.', ' The other has a 6" one.')
    assert not open_quotation('של דן מירון ".', ' במסה זאת "x" יוצא')
    assert not open_quotation("This ends.", "")
    assert open_quotation("I read “Sapiens.", " A Brief History of Humankind” last year.")
    assert open_quotation("Sie las „Das Buch.", " Ein Roman“ von ihm.")


def test_a_quotation_longer_than_the_window_is_a_passage():
    """A quote that closes more than QUOTE_WINDOW characters after the stop, or on another line, is a passage: its
    sentences end as any."""
    assert not open_quotation("She wrote “Part one.", " " + "word " * 30 + "end” here")
    assert not open_quotation("She wrote “Part one.", " Part two\nand more” here")
