"""set39's findings F3 and F4, the summary's side (/work/unseen39/FINDINGS.md): sentences that lean on one left out
in Chinese and Persian, a list item with a "1-" bullet, and Japanese or Chinese pointers to a table or steps the summary
does not show. (yihong0618--gitblog-feed.xml is MIT; the other feeds have no licence: made-up words in their shape.)"""

from bot.cuts import says_what_follows
from bot.discourse import leans_back
from bot.sentences import split_sentences
from bot.usable import usable


def test_chinese_and_persian_sentences_that_point_back_lean():
    """set39 F3: yihong "12 年过去了…": "当然，这句话我问的是我自己，…" ("of course, this sentence…": the question left
    out); "从错误中学习": "就没进去玩，上个月…" ("so (we) did not go in…"); farhadx: "او که وضع مالی خوبی ندارد…" ("he,
    who…": a teacher named before); mohebifar: "حالا می‌توانید از فیلترهای این ماژول…" ("now you can…", after steps
    left out). Each opened a summary. Time words stay ("这些天…", "这一年…": these days, this year)."""
    for sentence in (
        "当然，这句话我问的是我自己，也问了很多朋友。",
        "就没进去玩，上个月又去了一次。",
        "这句话我问的是我自己。",
        "就不去了，下次再说吧。",
        "这件事让我想了很久。",
        "او که وضع مالی خوبی ندارد، هر روز به مدرسه می‌رود.",
        "حالا می‌توانید از فیلترهای این ماژول در قالب‌ها استفاده کنید.",
    ):
        assert leans_back(sentence), sentence
    for sentence in (
        "这些天会想起姥姥，姥姥已经离开我很多年了。",
        "这一年我读了很多书。",
        "就业形势今年有所好转。",
        "就不同地区而言，情况差别很大。",
    ):
        assert not leans_back(sentence), sentence


def test_a_list_item_with_a_dash_after_its_number_is_no_summary_sentence():
    """set39 F3: farhadx "1- کاراکتر جسی پینکمن…" (the first of a list) was taken as a summary sentence: "1." and "1)"
    were bullets, "1-" was not. A score ("1-0 win") is no bullet."""
    assert not usable("1- کاراکتر جسی پینکمن در این سریال بسیار مهم است.")
    assert not usable("2- The second season is where the show finds its feet.")
    assert usable("Argentina won 1-0 in extra time to keep the Copa América title.")
    assert usable("10- and 30-year Treasury yields rose sharply on Friday afternoon.")
    assert usable("5- to 7-year-olds make up most of the class this year.")
    assert not usable("1- o primeiro passo é instalar o Python e o editor.")
    # (the splitter keeps such an item whole, as it keeps "1." items)
    assert split_sentences("1- Jesse is the heart of the show. He grows up in it.") == [
        "1- Jesse is the heart of the show. He grows up in it."
    ]


def test_japanese_and_chinese_pointers_to_a_table_or_steps_say_what_follows():
    """set39 F4: maskbook-ja "…の詳細は以下の表をご覧ください。" (the table is not shown), "新規ユーザーは指以下の手順で
    設定してください。" (nor the steps) each were a summary's sentence; "步骤如下。" likewise. A sentence that only
    mentions a table stays."""
    assert says_what_follows("$MASKトークンのアンロックの詳細は以下の表をご覧ください。")
    assert says_what_follows("新規ユーザーは指以下の手順で設定してください。")
    assert says_what_follows("安装的步骤如下。")
    assert not says_what_follows("この表は毎月更新されます。")
    assert not says_what_follows("我们商量好不如下次再一起去。")  # ("better next time")
    assert not says_what_follows("人生如下棋。")  # ("life is like chess")
    assert says_what_follows("例如下图所示。")
    assert says_what_follows("各プランの違いについては、次の表をご覧ください。")
    for sentence in ("次の表彰式は12月に東京で開催される予定です。", "次の画像生成モデルは来年春に発表されます。"):
        assert not says_what_follows(sentence), sentence  # ("the next award ceremony", "the next image model")


def test_russian_sentences_that_point_back_or_at_an_example_lean():
    """set39's re-read: hexlet--guides (Yandex Turbo, read since F1): "Его биографы…" (Galileo never named), "Другая
    серьёзная проблема…" (the first one left out), "…(как в примере выше)…" (the example not shown) were summary
    sentences. "Этот блог…", "В этой статье…" (the text itself) stay."""
    for sentence in (
        "Его биографы утверждают, что он был настоящим гением.",
        "Другая серьёзная проблема — это нехватка памяти.",
        "Такие ошибки встречаются в коде очень часто.",
    ):
        assert leans_back(sentence), sentence
    for sentence in (
        "Этот блог посвящён программированию на Python.",
        "Этой осенью мы запускаем новый курс по Python.",  # (the review: "этот/эта/это" open a text as often)
        "Эта заметка о том, как настроить сервер.",
    ):
        assert not leans_back(sentence), sentence
    assert usable("«Зенит» поднялся в таблице выше «Спартака» после победы в Москве.")  # (a league table)
    assert not usable("Поэтому массивы индексируются с нуля (как в примере выше) во многих языках.")
    assert usable("Поэтому массивы индексируются с нуля во многих языках программирования.")
