"""The review of 621df96..5ee3f66 (/work/notes/rev63-findings.md), the lead's findings 4, 6, 7 and 10: "以下" after a
space or a pronoun is "or less" ("メモリ使用量は 100MB 以下になります。", "これ以下に下がります。"), not "the following"; "上文" inside
a word (线上文化, 网上文学) is no "text above"; "the above normal rainfall" is no "the above"; and the excerpt's column
limit is measured on the text it shows, not on code it leaves out. Made-up text."""

from __future__ import annotations

from bot.anaphora import leans_within
from bot.excerpt import make_excerpt
from bot.pointers import says_what_follows
from bot.wrapping import columns
from tests.builders import excerpt


def test_ika_after_a_number_or_a_pronoun_is_or_less() -> None:
    assert says_what_follows("メモリ使用量は 100MB 以下になります。") is None
    assert says_what_follows("今夜の気温はこれ以下に下がります。") is None
    assert says_what_follows("ライブラリはだいたい以下に分類されます。") is not None
    assert says_what_follows("サマリーとしては以下です。") is not None


def test_shangwen_inside_a_word_and_the_above_normal_do_not_lean() -> None:
    assert not leans_within("主办方表示，本届线上文化节的观众人数突破十万，比去年增长了一倍。")
    assert not leans_within("网上文学的读者越来越多。")
    assert leans_within("如上文所述，这个问题已在新版本中修复。")
    assert not leans_within("Forecasters expect the above normal rainfall on the coast to continue.")
    assert leans_within("Cutting the budget would defeat the above goals.")


def test_the_column_limit_is_measured_on_the_text_shown() -> None:
    code = (
        "<pre><code>"
        + "\n".join(f"fn handler_{i}(request: Request) -> Response {{ todo!() }}" for i in range(14))
        + "</code></pre>"
    )
    prose = "".join(
        f"第{i}段：这个版本修复了内存泄漏的问题，并且改进了启动速度，用户反馈非常积极。" for i in range(1, 12)
    )
    shown = excerpt(f"{code}<p>{prose}</p>", title="版本 2.0 发布")
    assert shown and columns(shown) <= 330, (len(shown), columns(shown))


def test_a_post_opening_with_bare_preformatted_code_keeps_its_excerpt() -> None:
    """Found while proving finding 7: a <pre> without <code> or a highlighter's class, holding statements, was
    preformatted text, not code: its line became the first paragraph, the excerpt stopped there and was then dropped
    as code, and the post had no excerpt at all."""
    code = (
        "<pre>" + "\n".join(f"fn handler_{i}(request: Request) -> Response {{ todo!() }}" for i in range(3)) + "</pre>"
    )
    prose = "The new version fixes a memory leak and improves start-up time; users have reported good results."
    assert excerpt(f"{code}<p>{prose}</p>", title="Version 2.0") == prose
    poem = "<pre>Roses are red,\nviolets are blue.</pre>"  # (preformatted prose: no code, as before)
    assert excerpt(f"{poem}<p>{prose}</p>", title="Version 2.0").startswith("Roses are red")


def test_a_step_pointing_at_the_code_below_and_a_look_at_an_example_point_ahead() -> None:
    """Seen in the dumps of these mends: a Japanese excerpt, cut shorter, ended on "…設定を以下のようにカスタマイズ
    フォーマットにします。" (more than twelve characters after 以下のように); a summary opened on "Lets have a look at an
    example." (the example is code, left out)."""
    assert (
        says_what_follows("出力する側は、apacheのLogFormatの設定を以下のようにカスタマイズフォーマットにします。")
        is not None
    )
    assert says_what_follows("Lets have a look at an example.") is not None
    assert says_what_follows("We had a look at an example of this in 2019.") is None
    # (not past a clause's comma into a fact: the second review of this session, 7)
    assert says_what_follows("売上高は以下のように推移しており、前年比で20%増加しました。") is None


def test_a_quoted_question_its_sentence_goes_on_after_is_no_sentence_end() -> None:
    """Set 63's re-read (AFTER.md, NEW 1; xheldon--ja-feed.xml #2): an excerpt cut back to its last sentence end
    stopped after "「…天才なのか？」", inside its sentence ("…と感じられるかもしれません。" dropped)."""
    pre = "この記事では型システムの話をします。" * 7
    text = pre + "他の方々にとっては「この設計者は天才なのか？」と感じられるかもしれません。"
    assert make_excerpt(text, 300) == pre
    assert make_excerpt("「本当？」彼は聞いた。" + "それから帰った。" * 30, 60).startswith("「本当？」彼は聞いた。")
