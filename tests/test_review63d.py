"""The review of 621df96..5ee3f66 (/work/notes/rev63-findings.md), the lead's findings 4, 6, 7 and 10: "以下" after a
space or a pronoun is "or less" ("メモリ使用量は 100MB 以下になります。", "これ以下に下がります。"), not "the following"; "上文" inside
a word (线上文化, 网上文学) is no "text above"; "the above normal rainfall" is no "the above"; and the excerpt's column
limit is measured on the text it shows, not on code it leaves out. Made-up text."""

from __future__ import annotations

from bot.anaphora import leans_within
from bot.cuts import without_credit_end
from bot.excerpt import make_excerpt
from bot.linkparagraphs import links_unannounced
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


def test_a_bold_line_the_lede_does_not_restate_is_no_deck() -> None:
    """The second review of this session (5ee3f66..7d1a9ac), finding 1: bot/boldheads.py's _is_deck (set 63's F3,
    b4fs--assange-court-report.xml, repository B4FS/assange-court-report) read any bold line without its stop over a
    capitalised lede as a subheadline and dropped it, the news with it. A deck says again a word of its lede."""
    lede = (
        "<p>The yearly book market, which fills the old harbour square with stalls every May, was due to open on "
        "Saturday morning.</p>"
    )
    news = "<p><strong>This event has been called off because of the flood warning</strong></p>"
    assert excerpt(news + lede, title="Book market").startswith("This event has been called off")
    german = "<p><b>Die Gemeinde sperrt die Eishalle ab Dienstag für drei Monate</b></p>"
    grund = "<p>Grund sind Risse in den Trägern, die ein Gutachter im Sommer gefunden hat, sagte der Sprecher am Montag.</p>"
    assert excerpt(german + grund, title="Eishalle").startswith("Die Gemeinde sperrt")
    deck = "<p><strong>Harbour plan delayed again as council asks for more studies</strong></p>"
    restated = (
        "<p>The council voted on Tuesday to delay the harbour plan for a third time, asking the engineers for two more "
        "studies before any work can start.</p>"
    )
    assert excerpt(deck + restated, title="Harbour").startswith("The council voted")


def test_a_quote_above_the_first_heading_that_tells_the_reader_stays() -> None:
    """The second review of this session, finding 2: bot/leadasides.py's opening_aside (set 63's F1,
    xheldon--ja-feed.xml, repository Xheldon/x_blog) dropped any one-paragraph quote above the first heading, a
    project's notice that sends the reader elsewhere or a summary under its label with it."""
    story = "<h2>Overview</h2><p>Gizmo is a tiny tool that draws bar charts in the terminal with plain text.</p>"
    notice = "<blockquote><p>This tool is no longer updated. Please switch to the new fork instead.</p></blockquote>"
    assert excerpt(notice + story, title="Gizmo").startswith("“This tool is no longer updated.")
    summary = "<blockquote><p>TL;DR: We moved our cache to a new server and halved our load times.</p></blockquote>"
    assert "halved our load times" in excerpt(summary + story, title="Gizmo")
    aside = "<blockquote><p>画面はもう用意してあるので、ところどころ文字で説明します。</p></blockquote>"
    story_ja = "<h2>はじめに</h2><p>エディタを乗り換えてから半年が経ち、毎日使う設定がだいぶ固まってきたので、見た目と操作の二つに分けて順番に紹介していきます。</p>"
    assert excerpt(aside + story_ja).startswith("エディタを乗り換えて")


def test_a_link_the_first_sentence_announces_keeps_the_sentence() -> None:
    """The second review of this session, finding 4: bot/linkparagraphs.py (set 63's F6, xheldon--ja-feed.xml,
    repository Xheldon/x_blog) removed a colon line and its link paragraph anywhere, the story's own first sentence
    with them. One pair goes only when its line points at the link ("…は以下を参照してください："); a run, only
    before the story's prose."""
    said = (
        "<p>Jo Roe wrote a fine essay on why caching is still hard:</p><p><a href='https://x.example/a'>Caching, "
        "explained</a></p><p>I agree with most of it, and the part on stale reads is the clearest I have seen.</p>"
    )
    assert excerpt(said, title="Worth reading").startswith("Jo Roe wrote a fine essay")
    pointer = (
        "<p>本記事は別の記事の補足であり、元の記事は以下を参照してください：</p><p><a href='https://x.example/b'>高速な開発環境の作り方</a></p>"
        "<p>ここでは、その記事を読んで私がつまずいたところを順番に書き残しておきます。</p>"
    )
    assert excerpt(pointer).startswith("ここでは"), excerpt(pointer)
    later = (
        "<p>We spent the week on the new release and fixed most of the bugs you sent us.</p>"
        "<p>First:</p><p><a href='https://x.example/1'>Bug 1</a></p><p>Then:</p><p><a href='https://x.example/2'>Bug 2"
        "</a></p><p>Both are in the notes for the release, with the steps to try them yourself.</p>"
    )
    assert links_unannounced(later) == later


def test_a_sentence_after_a_photo_credit_label_stays() -> None:
    """The second review of this session, finding 8: bot/photocredits.py's without_credit_end (set 63's F4,
    b4fs--assange-court-report.xml, repository B4FS/assange-court-report) took a story's last sentence that opens
    like a credit for one ("Photos by X hang in her hall."): a credit ends with a name."""
    text = "Jo Roe took up painting after a trip to the coast. Photos by Mary Cassatt hang in her hall."
    assert without_credit_end(text) == text
    assert without_credit_end("The hall was full. Photos: Jo Roe.") == "The hall was full."
    assert without_credit_end("Der Saal war voll. Foto: dpa") == "Der Saal war voll."
    assert without_credit_end("The hall was full. Photo by Jo Roe via dpa") == "The hall was full."
