"""set37's findings F1 and F2 (b) (/work/unseen37/FINDINGS.md; its feeds have no licence: made-up words in each feed's
shape): a summary that opens on a heading's words, and one that skips a Chinese or Japanese lede written without a
final stop (or opening with a command's lower-case name)."""

from bot.sentences import HEADING, split_sentences
from bot.summary import SourceText, summarize
from bot.usable import usable, usable_in
from tests.builders import read_entries


def _summary(html: str, title: str, language: str = "en") -> list[str]:
    (article,) = read_entries([{"title": title, "link": "/p/1", "text": html}])
    return summarize([SourceText(article.title, tuple(split_sentences(article.lead, language)))])


def test_a_heading_is_never_a_summary_sentence():
    """set37 F2 (b): ailifestudio--rss.xml (digest #54): "<h2>DeepSeek V3, 엑셀 지옥 탈출! 퇴근 시간 앞당기는 AI 비법</h2>"
    opened the summary ("DeepSeek V3, 엑셀 지옥 탈출!"), a heading's words read as the story's first sentence. A heading
    is kept in the lead, marked (``HEADING``), one "sentence" never taken; the paragraphs' sentences are."""
    html = (
        "<h2>Napkin AI, 회의록 지옥 탈출! 퇴근 시간 앞당기는 비법</h2>"
        "<p>프로젝트 관리자는 각 부서의 담당자와 일일이 소통하며 정보를 모아야만 했습니다. 도형과 선을 수동으로 연결하는 일은 오래 걸렸습니다.</p>"
        "<h2>무엇이 다른가?</h2><p>Napkin AI는 글을 읽고 흐름도를 바로 그려 줍니다. 수정도 몇 초면 끝납니다.</p>"
    )
    (article,) = read_entries([{"title": "Napkin AI 흐름도", "link": "/p/1", "text": html}])
    assert article.lead.splitlines()[0] == HEADING + "Napkin AI, 회의록 지옥 탈출! 퇴근 시간 앞당기는 비법"
    assert split_sentences(article.lead, "en")[0] == HEADING + "Napkin AI, 회의록 지옥 탈출! 퇴근 시간 앞당기는 비법"
    chosen = _summary(html, "Napkin AI 흐름도")
    assert chosen and chosen[0].startswith("프로젝트 관리자는")
    assert not any("탈출" in s or s == "무엇이 다른가?" for s in chosen)
    # (without the heading, the same text gives the same sentences: the heading's words weigh nothing; a question
    # heading is shown only before its answer, set 68a F3: bot/questionheads.py)
    without = _summary(html.replace("<h2>무엇이 다른가?</h2>", ""), "Napkin AI 흐름도")
    assert [s.removeprefix("무엇이 다른가? ") for s in chosen] == without


def test_a_chinese_lede_without_a_final_stop_opens_the_summary():
    """set37 F1: scientiatw--post-index.xml (digest #61): the lede "<p>當我們被診斷出罹患糖尿病時，並不等於…藥物只是輔助工具</p>"
    ends without "。", so it was no usable sentence and the summary opened in a later section. A first paragraph of
    clauses without a stop is the lede all the same; a later one is not (a paragraph that code interrupts ends so too),
    nor a short line, nor one ending on a clause mark or a code's marks."""
    lede = "當我們被診斷出罹患糖尿病時，並不等於要立刻馬上進行藥物治療，而是要先調整生活的習慣，藥物只是輔助工具"
    html = (
        f"<p>{lede}</p><p>不知道讀者是不是會有吃飯時間不定時的情況發生？下面整理了十個控制血糖的方法。</p>"
        "<p>第一，三餐要定時定量，避免血糖忽高忽低。第二，多吃蔬菜，少喝含糖飲料。</p>"
    )
    chosen = _summary(html, "控制血糖的十招", "zh")
    assert chosen[0] == lede
    assert not usable_in(lede, frozenset(), True, False)  # (alone, nothing after it: it may be the lead's cut)
    assert usable_in(lede, frozenset(), True, True)
    # (a heading before it: the lede is still the first sentence that is no heading)
    assert _summary(f"<h2>前言</h2>{html}", "控制血糖的十招", "zh")[0] == lede
    for line in (
        "三餐定時定量",
        "報名聯絡：賴澤君，0968418663，某某某，週一到週五都可以聯絡我們",
        "一開始的打算是，把電腦科學裡學到的，跟平時生活心得，",
    ):
        html = f"<p>{line}</p><p>下面整理了十個控制血糖的方法。第一，三餐要定時定量。</p>"
        assert line not in _summary(html, "控制血糖", "zh")


def test_a_japanese_lede_opening_with_a_command_name_opens_the_summary():
    """set37 F1: imokuri--blog-rss.xml (digest #97): "git pushなどの出力は標準エラー(stderr)であることを最近知りました。。"
    opens with a lower-case command name: read as a sentence's tail, so the lede was skipped; set39 F2: yihong's lede
    "这些天会想起姥姥，姥姥已经离开我 10 多年了，…" has two spaces: read as a sentence of three words. An article's first
    sentence mostly in a script without spaces is a lede all the same; a path ("windows：C:\\Users\\…"), an English
    tail, or a later sentence of that kind is not taken."""
    lede = "git pushなどの出力は標準エラー(stderr)であることを最近知りました。。"
    rest = (
        "なぜstderrなのか、は過去こちらでも話題となったようです。",
        "端的に言うと、実行の過程での出力だからといった感じかと思います。",
    )
    assert summarize([SourceText("git pushの出力がstderrであることの弊害", (lede, *rest))])[0] == lede
    assert lede not in summarize([SourceText("git pushの出力", (rest[0], lede, rest[1]))])
    zh = "这些天会想起姥姥，姥姥已经离开我 10 多年了，经常想起小时候在她家生活的一些瞬间。"
    assert (
        summarize([SourceText("12 月，姥姥，以及大模型", (zh, "姥姥每年过年都会摆一个扑克，这个扑克叫 12 月。"))])[0]
        == zh
    )
    path = "windows：C:\\Users\\你的用户名\\."
    assert path not in summarize([SourceText("全局配置", (path, "然后重新打开终端，配置就生效了。"))])
    assert not usable("and then the server crashed again after the update.")
