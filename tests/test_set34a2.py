"""A review of set34's F1, F4, F5, F9 rules (tests/test_set34a.py): two regexes that took seconds on a long text, a
heading's gap read too broadly, a title's offsets after casefolding, a name's title read as a dateline's place, a
forum's quote box and an interview's lines read as field rows."""

import time

from bot.blocks import html_blocks
from bot.headline import without_title_parts
from bot.titles import clean_title
from tests.builders import excerpt


def _seconds(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def test_a_long_text_after_a_gap_and_a_long_title_with_stars_are_read_at_once():
    # (11 s and 4.3 s before: overlapping runs in the gap heading's lookahead, a "**" pair's body past its delimiter)
    assert _seconds(lambda: excerpt("Neue Regeln\u00a0 Die " + "a" * 20000, limit=200)) < 1
    assert _seconds(lambda: clean_title(" **a" * 5000, is_html=False)) < 1
    assert _seconds(lambda: clean_title(" __a b" * 4000, is_html=False)) < 1


def test_a_glob_keeps_its_stars():
    for kept in ("How to ignore **/node_modules/** in git", "src/**/*.ts"):
        assert clean_title(kept, is_html=False) == kept
        assert clean_title(kept) == kept
    assert clean_title("__Zwei Worte__ und mehr", is_html=False) == "Zwei Worte und mehr"


def test_only_a_short_capitalised_heading_before_a_no_break_space_and_a_sentence_is_set_off():
    sentence = "Vi har länge letat efter någon som kan ta hand om vår trädgård."
    assert excerpt(f"Trädgården får ny skötsel\u00a0 {sentence}", limit=200) == sentence
    for text in (
        "Our new president Anna  Berg opened the meeting with a short speech.",  # (two plain spaces: no gap)
        "Tickets cost 10 euros (students free)\u00a0 Doors open at seven in the hall.",
        "He said “No”\u00a0 The rest of the group went home early that day.",
        "Wir sehen uns am Samstag 🎉\u00a0 Bitte bringt alle etwas zu essen mit.",
        "Mayor resigns\u00a0 Jane Smith Announced her decision on Friday morning.",  # (a name after the gap)
        "říjen byl klidný\u00a0 Letos jsme měli velmi málo práce v klubu.",  # (no capital first)
        "Ein Gruß an alle Mitglieder des Vereins\u00a0 Wir treffen uns am Montag im Saal.",  # (seven words)
        "Neue Regeln\u00a0 Die Mitglieder treffen sich",  # (no whole sentence after the gap)
    ):
        assert excerpt(text, limit=200) == " ".join(text.replace("\u00a0", " ").split()), text
    # (any script with capitals)
    assert excerpt("Новые правила\u00a0 Мы решили изменить порядок работы клуба.", limit=200).startswith("Мы решили")


def test_a_titles_marks_and_a_names_title_after_the_dash():
    for title, author in (
        ("Große Pläne?", "Jana Malá"),  # ("ß" casefolds to "ss": the title's own offsets)
        ("Les Fleurs du mal", "Ch. Baudelaire"),  # (two letters and a full stop: a name's, no place's)
        ("Ve stínu Saturnu", "Dr. Jan Novák"),
    ):
        blocks, _ = without_title_parts(html_blocks(f"{title} - {author}"), title)
        assert blocks.lines == [author], title
    # (a place of two capitals still is one)
    blocks, _ = without_title_parts(html_blocks("Africa press - UK. La Ligue des droits a parlé."), "Africa press")
    assert blocks.lines == ["Africa press - UK. La Ligue des droits a parlé."]


def test_no_field_rows_in_a_forums_quote_box_nor_in_an_interview():
    boxed = "<div class='quotecontent'><b>Beruf:</b> Gärtner<br><b>Ort:</b> Beispielstadt</div>"
    assert excerpt(boxed) == "Beruf: Gärtner Ort: Beispielstadt"
    assert excerpt("<p>Q: What inspired you<br>A: My grandmother's garden</p>") == (
        "Q: What inspired you A: My grandmother's garden"
    )
    assert excerpt("<p>anna: see you later<br>bob: ok then</p>") == "anna: see you later bob: ok then"
    # (labels in bold, or values with figures, are fields)
    assert excerpt("<p><b>Beruf</b>: Gärtner<br><b>Ort</b>: Beispielstadt</p>") == "Beruf: Gärtner · Ort: Beispielstadt"
    # (nor four rows at least: a job's, "勤務形態: フルタイム<br>勤務地: 東京 (赤坂)<br>…", sixapart-jp in set13)
    rows = "<p>勤務形態: フルタイム<br>勤務地: 東京 (赤坂)<br>職種: エンジニア<br>募集人数: 若干名</p>"
    assert excerpt(rows) == "勤務形態: フルタイム · 勤務地: 東京 (赤坂) · 職種: エンジニア · 募集人数: 若干名"
