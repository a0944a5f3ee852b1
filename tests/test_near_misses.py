"""Near misses of rules added for sets 31 and 32, each one a reviewer ran against them (the ordinary text a rule
must leave alone), and the case each rule is for beside it."""

import pytest

from bot.blockjoins import joined
from bot.boilerstrip import strip_start
from bot.clean import html_lines
from bot.codeblocks import _CODE_CLASS, points_at_code
from bot.headingrows import without_run_in_heading
from bot.leadin import lead_in
from bot.quotes import closed_quote
from bot.titles import clean_title


def test_an_author_list_is_surnames_in_capitals_each_closed_by_a_semicolon():
    assert strip_start("Guocheng SHU;Ping LIU;Feng XIE;Biodiversity is declining.")[0] == "Biodiversity is declining."
    assert strip_start("Engkamat LADING;Indraneil DAS;The diet was studied.")[0] == "The diet was studied."
    for text in ("北京；上海；广州三地的房价今年都有所下降。", "Karl Marx;Friedrich Engels;Their manifesto was short."):
        assert strip_start(text)[0] == text


@pytest.mark.parametrize(("cls", "code"), [("wp-block-code", True), ("code-block", True), ("code", True),
                                           ("promo-code", False), ("coupon-code", False)])  # fmt: skip
def test_a_code_class_is_a_whole_name_or_a_hyphenated_one(cls, code):
    assert bool(_CODE_CLASS.search(cls)) is code


def test_a_pointer_at_code_may_name_its_program_but_not_a_code_of_conduct():
    assert points_at_code("Take a look at the following code of our plugin:")
    assert not points_at_code("Members must follow the following code of conduct at every event.")


def test_a_polish_quote_the_feed_cut_closes_the_polish_way_and_a_german_one_the_german_way():
    polish = "Posłowie mówią, że są „na minusie” i „w tym roku znów stracą” oraz „jeszcze więcej"
    assert closed_quote(polish[:60], polish, True).endswith("stracą”")
    german = "Er sagte „wir müssen jetzt handeln“ und verwies auf den “Green Deal”."
    assert closed_quote("Er sagte „wir müssen", german) == "Er sagte „wir müssen“"


def test_a_replacement_character_goes_beside_a_mark_and_stays_inside_a_word():
    assert clean_title("👻\ufffd沙盒页") == "👻沙盒页"
    assert clean_title("S\ufffdo Paulo floods") == "S\ufffdo Paulo floods"


def test_an_english_quotes_mark_before_japanese_keeps_its_space():
    assert joined(["He said “hello.”", "日本語の文です。"]) == "He said “hello.” 日本語の文です。"
    assert joined(["他说“你好。”", "日本語の文です。"]) == "他说“你好。”日本語の文です。"


def test_a_wrapped_line_is_unwrapped_only_inside_a_paragraph_and_a_time_is_no_field():
    assert html_lines("<p>blogスタイルの\nテンプレート構造です。</p>") == ["blogスタイルのテンプレート構造です。"]
    div = "<div>今日の更新内容です\n新しい機能を追加しました</div><p>詳しくは以下。</p>"
    assert html_lines(div)[0] == "今日の更新内容です 新しい機能を追加しました"
    assert html_lines("<p>会议时间为\n下午3:00，请各位准时参加。</p>") == ["会议时间为下午3:00，请各位准时参加。"]


def test_a_title_run_into_a_french_or_german_sentence_goes():
    line = "Nouvelles fonctionnalités Cette version apporte de nouvelles fonctionnalités pour tous."
    assert without_run_in_heading(line, "nouvelles fonctionnalités") == (
        "Cette version apporte de nouvelles fonctionnalités pour tous."
    )


def test_in_order_to_is_no_sponsors_order():
    assert not lead_in("In order to understand the crisis, read our new report: https://bit.ly/abc123")
    assert lead_in("Order your box now at half price: https://bit.ly/abc123")


@pytest.mark.parametrize(
    "markup",
    [
        "<p>新バージョンを公開しました。 https://example.jp/dl からダウンロードできます。</p>",
        "<p>我们上线了新网站。 https://example.cn 是我们的官方地址，欢迎访问。</p>",
        "<p>We moved. https://example.com Is our new home now.</p>",
    ],
)
def test_an_address_that_is_a_word_of_the_next_sentence_stays(markup):
    from tests.builders import excerpt

    assert "https://" in excerpt(markup)


def test_an_address_before_a_lists_next_item_goes_without_a_space_too():
    from tests.builders import excerpt

    made = excerpt(
        "<p>数えやすい（前回の解説のように）．https://judge.example/s/4541134 B. Can you solve this? Yes.</p>"
    )
    assert "https://" not in made and "B. Can you solve this?" in made


def test_an_address_or_a_time_is_no_field_of_a_list_a_heading_names():
    from bot.headingrows import name_of_fields

    links = ["Useful links for this week", "• https://a.example/one", "• https://b.example/two"]
    assert name_of_fields(["Useful links for this week"], links) == []
    times = ["The programme of the day", "• 09:00 Registration", "• 10:00 Keynote"]
    assert name_of_fields(["The programme of the day"], times) == []
    fields = ["Korea AI and Deep Learning Summit 2018", "• 내용 : 딥러닝 기술", "• 장소 : 서울"]
    assert name_of_fields(["Korea AI and Deep Learning Summit 2018"], fields) == [
        "Korea AI and Deep Learning Summit 2018:"
    ]


def test_a_place_names_a_or_a_priests_o_ends_no_sentence():
    """The fourth review (set33 F11's rule): only an accented one-letter word ends a clause before a capital."""
    from bot.cuts import last_sentence_end

    for text in ("Die Messe findet in Frankfurt a. Main statt", "Mszę odprawił o. Tadeusz Rydzyk w sobotę"):
        assert last_sentence_end(text, len(text)) == -1, text
    text = "Não sabia quão alto ele é. Imaginei que fosse"
    assert last_sentence_end(text, len(text)) == text.index("é.") + 2


def test_a_hash_sign_in_a_paragraph_of_markup_is_no_anchor():
    from tests.builders import excerpt

    sentence = "الحرف # له معنى خاص في لغة البرمجة ويستخدم كثيرا في العناوين."
    assert excerpt(f"<p>{sentence}</p>") == sentence


def test_a_quotation_in_a_script_without_capitals_is_no_table_of_two_fields():
    assert not lead_in("प्रधानमंत्री ने कहा: हम जीतेंगे और फिर बोले: कोई शक नहीं")


def test_a_text_label_before_a_central_european_capital_goes():
    from tests.builders import excerpt

    assert excerpt("<p>Opis: Łódź przez dwa dni będzie bez prądu w kilku dzielnicach.</p>").startswith("Łódź")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("किन्तु प्रत्येक व्यक्ति को यह अधिकार है।", True),  # (Hindi "but": set33 F10)
        ("এর মধ্যে রয়েছে তার সহকর্মী।", True),  # (Bengali "among these")
        ("ভারতের সংবিধান একটি দলিল।", False),
        ("भारत का संविधान एक दस्तावेज है।", False),
    ],
)
def test_hindi_and_bengali_sentences_that_point_back(sentence, leans):
    from bot.discourse import leans_back

    assert leans_back(sentence) is leans
