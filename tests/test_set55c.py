"""Set 55's summary findings (tests/data/unseen/set55/FINDINGS.md): F9, a sentence that leans on one left out by a
neuter "this" in its first clause; F10, Japanese sentences ended inside the words they quote. Made-up text in the
items' shapes (the feeds have no licence)."""

import pytest

from bot.anaphora import leans_within
from bot.cuts import word_cut
from bot.sentences import split_sentences
from bot.usable import usable
from bot.wrapping import wrap


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Lo que busco con esto es definir las interfaces de todas las piezas.", True),  # (set55 F9, exeal-es)
        ("Pense nisso como dramas de relacionamento entre tabelas.", True),
        ("Por todo ello, el equipo decidió cambiar de estrategia.", True),
        ("Con ciò il progetto cambia direzione.", True),
        # Not "that which" (the sentence says what), nor French "ça" (an expletive), nor a determiner.
        ("Ciò che conta è la qualità del codice.", False),
        ("Eso que llaman nube es el ordenador de otro.", False),
        ("Ça fait longtemps que je n'ai pas écrit ici.", False),
        (
            "A eso de las cinco de la madrugada los bomberos controlaron el incendio.",
            False,
        ),  # (at about: 5bc8577's review)
        ("Esto es lo que sabemos del incendio de la nave.", False),  # (what follows)
        ("Este libro explica cómo escribir el primer test.", False),
        ("El primer test es uno de los pasos más importantes, y con esto empieza todo.", False),  # (a later clause)
    ],
)
def test_a_neuter_this_in_the_first_clause_leans_on_the_sentence_before(sentence, leans):
    """set55 F9: "Lo que busco con esto es definir las interfaces…" (exeal-es--blog.xml, github.com/exeal/exeal-es)
    was a summary's last sentence; "esto" is the list of three things the post asks of a first test, left out."""
    assert leans_within(sentence) is leans


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "やっぱりもう一回練習したい！と言い出した。車に同乗した。",
            ["やっぱりもう一回練習したい！と言い出した。", "車に同乗した。"],
        ),
        ("左折に気をつけて！と教官からの言葉に、真剣な彼。", ["左折に気をつけて！と教官からの言葉に、真剣な彼。"]),
        ("それはそれで便利かなぁ。。と思い始めた。次の日。", ["それはそれで便利かなぁ。。と思い始めた。", "次の日。"]),
        ("印象悪いかな？と・・・カフェでランチすることに。", ["印象悪いかな？と・・・カフェでランチすることに。"]),
        ("本当に？ってびっくりした。", ["本当に？ってびっくりした。"]),
        # A sentence of its own that opens with "と": "anyway", "by the way", "and then".
        ("楽しかった！とにかく疲れた。", ["楽しかった！", "とにかく疲れた。"]),
        ("行きましょう！と、彼は走った。", ["行きましょう！", "と、彼は走った。"]),
        (
            "楽しいお祭りです。というのも、理由がある。",
            ["楽しいお祭りです。", "というのも、理由がある。"],
        ),  # (5bc8577's review)
        ("燃料にしているっ！ということで次へ。", ["燃料にしているっ！", "ということで次へ。"]),
        ("試験は終わった。ところで明日は休み。", ["試験は終わった。", "ところで明日は休み。"]),
    ],
)
def test_a_japanese_sentence_goes_on_after_the_words_it_quotes(text, sentences):
    """set55 F10 (sismics--meisalam.xml, github.com/sismics/reader): pysbd ended "…練習したい！" before "と言い出した。"
    (he said he wanted to practise), and the summary showed the wish as the writer's own words without its verb."""
    assert split_sentences(text, "ja") == sentences


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("Ars Technica has more details.", False),  # (set55 F9, Slashdot's "Ars has a few more details, …")
        ("The Verge has more coverage here.", False),
        ("West Yorkshire Police have more details, but will not release the names of the two men.", True),
        ("Google has more information on your habits than you think.", True),  # (the noun goes on: what it says)
        ("The company has more details to share next week about the recall.", True),
    ],
)
def test_a_name_that_has_more_on_it_points_elsewhere(sentence, ok):
    """set55 F9: "Ars has a few more details, the EFF urges…" (sismics--slashdot.xml, github.com/sismics/reader)
    opened a digest summary: more than what, the Administration's statement left out; and the details are elsewhere."""
    assert usable(sentence) is ok


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "V sobotu 18. 1. proběhl v Brně workshop. Jedná se o kurz.",
            ["V sobotu 18. 1. proběhl v Brně workshop.", "Jedná se o kurz."],
        ),
        ("Am 3. 10. 2020 war es kalt. Dann kam der Winter.", ["Am 3. 10. 2020 war es kalt.", "Dann kam der Winter."]),
        ("The answer is 42. 1. Open the file.", ["The answer is 42.", "1.", "Open the file."]),  # (no day: 42)
    ],
)
def test_a_date_of_numbers_and_dots_ends_no_sentence(text, sentences):
    """Found reading the summaries of e67b7d4's review: "V sobotu 18. 1. proběhl v Brně již počtvrté Hadí workshop."
    (pyvec--blog-python-cz-feed.xml, github.com/pyvec/blog.python.cz, set 48) was split after "18." and after "1.", its lede
    lost and the paragraph after it unreachable; "V pátek 19. 8. 2016 proběhl…", "V piatok 3. 3. 2017…" too."""
    assert split_sentences(text) == sentences


def test_a_bullet_never_ends_a_plain_text_line():
    """set55's re-read, D067 and D075 (Slackware's ChangeLog as a list, sismics--slackware.xml): the plain-text digest
    wrapped "…cabextract, wine-pipelight) •" / "wine-pipelight: updated to 1.7.8 …", the bullet apart from its item."""
    text = (
        "pipelight: updated to 0.2.3 (depends on OpenAL, cabextract, wine-pipelight) • wine-pipelight: updated to 1.7.8"
    )
    for width in range(20, 90):
        lines = wrap(text, width, "  ", "  ")
        assert not any(line.rstrip().endswith("•") for line in lines), width
        assert " ".join(line.strip() for line in lines) == text
    assert not any(
        line.endswith("•") for width in range(4, 14) for line in wrap("中文 • 测试的内容在这里 • 更多", width)
    )


def test_a_plain_text_lists_marker_never_ends_a_cut():
    """set55's re-read, its NEW N1 (jobsinthedesert--index.xml, github.com/jobsinthedesert/jobsinthedesert.github.io-old):
    the excerpt of a "+"-list cut at 300 ended "…RN ICU Full Time Days +…", the next item's marker alone (and a
    podcast's "* …" list: "…Skifta (Gratuit / Android) *…"); "C++" is a word, not a marker."""
    jobs = " ".join(f"+ Nurse {n} Full Time Days" for n in range(30))
    for limit in range(60, 200):  # (each place a cut may fall: after a marker too)
        cut = word_cut(jobs, limit)
        assert not jobs[:cut].endswith(("+", " ")) and jobs[cut] == " ", limit
    assert word_cut("Written in C++ by a small team of people", 16) == 14  # (after "C++", as before)


def test_a_plain_text_lists_marker_stays_with_its_item_and_a_long_item_keeps_the_width():
    """The review of 99cc08f: a "*" or "+" list's marker could still end a line; and a marker held to a first word
    that nearly fills a line on its own (a web address) made the line pass the width."""
    text = "Fixed: crash on start * Added: dark mode for the settings screen * Changed: the icons"
    for width in range(24, 60):
        assert not any(line.endswith((" *", " +")) for line in wrap(text, width, "  ", "  ")), width
    url = "Links for the story of the week: • https://example.com/" + "a" * 65 + " • and more"
    assert all(len(line) <= 88 for line in wrap(url, 88, "  ", "  "))
