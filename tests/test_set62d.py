"""Set 62's F9 and D031 (tests/data/unseen/set62/FINDINGS.md, AFTER.md): a summary sentence that points at a sentence
the summary leaves out: Japanese and Chinese "the above" anywhere in it (bitcoincore.org's ja feed, "…上記の目的を損なう
ことになります。", the purposes listed before), English "the above" further in, and "The remaining, more expensive
attack vector…" (its es/en advisory: the first half of the fix is in a paragraph left out). Made-up text."""

from __future__ import annotations

from bot.anaphora import leans_within
from bot.discourse import leans_back
from bot.summary import SourceText, summarize


def test_a_sentence_naming_what_is_above_is_not_taken_without_it() -> None:
    story = SourceText(
        "港の再開発計画を発表",
        (
            "市は港の再開発計画を発表し、十年をかけて古い倉庫街を公園と住宅に作り替えることを明らかにしました。",
            "計画の目的は以下のとおりです：",
            "市の予算の削減は、工事を大幅に遅らせ、住民が期待している上記の目的を大きく損なうことになります。",
            "最初の工事は来年の春に港の北側の倉庫街から始まり、二年後には公園の一部が開かれる予定です。",
        ),
    )
    summary = summarize([story], 3)
    assert len(summary) == 2 and all("上記" not in sentence for sentence in summary), summary


def test_japanese_and_chinese_above_lean_but_or_more_does_not() -> None:
    assert leans_within("上述问题已在新版本中修复。")
    assert leans_within("前述のとおり、この機能は廃止されます。")
    assert leans_within("以上の理由から、発売を延期します。")
    assert not leans_within("10人以上の参加者が集まりました。")  # ("or more", not "the above")
    assert not leans_within("イベントには100社以上の企業が参加しました。")


def test_english_the_above_further_in_leans_but_not_a_place_above() -> None:
    assert leans_within("Cutting the budget would defeat the above goals.")
    assert leans_within("It undermines the aforementioned plan.")
    assert not leans_within("The family bought the above ground pool last summer.")
    assert not leans_within("Prices rose above the forecast in March.")


def test_the_remaining_leans_on_the_part_before() -> None:
    assert leans_back("The remaining, more expensive attack vector was closed in version 9.0.")
    assert leans_back("The remaining issues were fixed in the next release.")
    assert not leans_back("The first release came out in March.")  # (a start of its own, as before)
