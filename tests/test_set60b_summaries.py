"""Set 60's digest findings (/work/unseen60/FINDINGS.md and tests/data/unseen/set60/AFTER.md) that the items' fixes
left in the summaries (helper fix60b; tests/test_set60b.py is F2's Japanese shape): a series' label over the title (F1, #19) and a tilde-ended lede (F3, #83) read by the
summariser as the items are not; a list item cut after its condition (F2, #77); sentences that open a section leaning
on what is not shown, a Japanese copula alone under a heading (N1, #13) and "I" under a heading after impersonal
sentences (F8, #79). Those files have no licence: made-up text in each item's shape."""

from bot.cuts import without_announcement
from bot.paragraphs import paragraph_openers
from bot.pointers import says_what_follows
from bot.sectionopeners import copula_only, first_person_opener
from bot.summary import SourceText, summarize
from bot.usable import folded, usable_in
from tests.builders import excerpt


def _summary(paragraphs: list[list[str]], title: str) -> list[str]:
    sentences = [s for paragraph in paragraphs for s in paragraph]
    text = "\n".join(" ".join(paragraph) for paragraph in paragraphs)
    return summarize([SourceText(title, tuple(sentences), paragraph_openers(sentences, text))], 3)


def test_a_series_label_over_the_whole_title_is_the_headline_again():
    """set60 F1, digest #19 (celedigital--es-posts.xml, repository github.com/CELEdigital/celedigital.github.io, in
    /work/unseen60/feeds): the item opens on its story since 691ec86, but the summary still opened on "Mesa de
    Legislación Comparada CELE: <the title>?" (the "?" ends a sentence): usable_in knew the headline framed by a word
    or two, not by a series' label."""
    title = "¿Quién regula los algoritmos de las plataformas?"
    titles = frozenset([folded(title)])
    for label in ("Ciclo de Charlas Abiertas IDEA", "Foro de debate"):
        assert not usable_in(f"{label}: {title}", titles, lede=True, more=True), label
    lede = f"Ciclo de Charlas Abiertas IDEA: {title}"
    body = "Acompañen a Ana Roe y Juan Pérez el 3 de mayo en una conversación sobre la regulación de las plataformas."
    assert _summary([[lede], [body]], title)[0] == body
    # (not the label and the title with more words after them, a sentence of its own, nor a clause before the title)
    assert usable_in(
        "Here's something new for a lazy morning: Retrobatch 2.1 is out.", frozenset(["retrobatch 2.1 is out"])
    )
    assert usable_in(f"Foro de debate: {title[:-1]} y qué cambia en 2026?", titles, lede=True, more=True)


def test_a_lede_that_a_tilde_ends_is_a_sentence_to_the_summary():
    """set60 F3, digest #83 (chuan-peng-lab--zh-post.xml, repository github.com/Chuan-Peng-Lab/Chuan-Peng-Lab, in
    /work/unseen60/feeds): the item keeps its tilde-ended news since 9b0d8b8, but the summary opened on the CV under
    the next heading: to usable_in a sentence ended only in a stop, or (a lede in Chinese) an ideograph."""
    news = "某某大学2025年的夏令营报名开始了，详情见招生网，欢迎感兴趣的同学加入Demo Lab~"
    cv = "张三教授、博士生导师，2015年于某大学获得博士学位，之后在海外进行博士后研究。"
    assert usable_in(news, frozenset(), lede=True, more=True)
    assert _summary([[news], ["## 一、导师简介"], [cv]], "加入我们")[0] == news
    # (not a heading's decorative tilde, nor a short line with no clause)
    for line in ("第一部分 实验设计与数据分析 ~", "欢迎加入我们的实验室 Demo Lab~"):
        assert not usable_in(line, frozenset(), lede=True, more=True), line


def test_a_condition_alone_ends_no_excerpt():
    """set60 F2, digest #77 (chuan-peng-lab--zh-post.xml, repository github.com/Chuan-Peng-Lab/Chuan-Peng-Lab, in
    /work/unseen60/feeds): a list item cut after its first sentence, "• 如果你不知什么是 REST API。", ended the excerpt and
    the summary: an "if" alone, its answer ("没关系，…") cut off."""
    text = "今天介绍一个工具。 • 它可以把数据上传到云端。 • 如果你不知道什么是 Webhook。"
    assert says_what_follows(text)
    assert without_announcement(text)[0] == "今天介绍一个工具。 • 它可以把数据上传到云端。"
    item = (
        "<ul><li>它可以把数据上传到云端，"
        + "支持多种格式，" * 20
        + "非常方便。</li><li>如果你不知道什么是 Webhook。没关系，"
        + "你就当它是一个网址，" * 20
        + "。</li></ul>"
    )
    assert not excerpt("<p>今天介绍一个工具。</p>" + item).endswith("Webhook。")
    # (not a condition with its clause, nor a question, nor "if" inside a sentence)
    for whole in (
        "如果你不知道，没关系。",
        "如果明天下雨呢？",
        "他说如果下雨就不去了。",
        "• 如果你不知道什么是 Webhook，可以先看文档。",
    ):
        assert not says_what_follows(whole), whole


def test_a_japanese_copula_alone_leans_on_its_heading():
    """set60 N1, digest #13 (tan-furukawa--nicolnavi-ja.xml, repository github.com/Tan-Furukawa/nicolnavi_page, in
    /work/unseen60/feeds): "標準的なステージ回転動画を撮影する手順です。" ("[this] is the procedure…") under a heading the
    summary does not show was its third sentence; English "This is…" already leans on what came before."""
    intro = [
        "このページでは動画を撮影する際のポイントをまとめました。",
        "目的に応じて二つの手順から選んで進めてください。",
    ]
    opener = "標準的なステージ回転動画を撮影するための基本の手順です。"
    summary = _summary([intro, ["## 手順A: 回転動画の取得"], [opener, "組織解析に利用します。"]], "撮影の方法")
    assert opener not in summary and summary[0] == intro[0]
    assert copula_only((*intro, "## 手順A", opener), 3)
    # (not one with its own topic or subject, nor one with a verb, nor one under the text's first heading or a line)
    for own in ("この手順は標準的な動画を撮影するためのものです。", "顕微鏡が必要です。", "カメラを用意します。"):
        assert not copula_only((*intro, "## 手順A", own), 3), own
    assert not copula_only(("## はじめに", opener), 1)
    assert not copula_only((intro[0], "手順Aの資料（PDF）", opener), 2)


def test_i_under_a_heading_after_impersonal_sentences_is_nobody_known():
    """set60 F8, digest #79 (chuan-peng-lab--zh-post.xml, repository github.com/Chuan-Peng-Lab/Chuan-Peng-Lab, in
    /work/unseen60/feeds): "I am involved in two ongoing and interconnected projects." under "Background" followed two
    impersonal sentences (the post's credit, not shown, names the "I"; the text before spoke as "we" only)."""
    intro = [
        "Open peer review is a growing practice among scientific journals.",
        "Reviewers can sign their reports or stay anonymous.",
        "We share our own story here as well.",
    ]
    opener = "I am involved in two projects that collect signed peer review reports from journals."
    paragraphs = [intro, ["## Background"], [opener, "The first project reads review reports of journals."]]
    title = "Signed peer review reports: a case report"
    assert opener not in _summary(paragraphs, title)
    # (taken when the summary speaks as the author already, or the text said "I" before: a blogger's own voice)
    voiced = [["We looked at signed peer review reports of twenty journals last year."], *paragraphs[1:]]
    assert opener in _summary(voiced, title)
    blog = [[*intro[:2], "I share my own story here as well."], *paragraphs[1:]]
    assert opener in _summary(blog, title)
    sentences = ("Intro.", "## Background", "Its authors are working on two related projects.")
    assert not first_person_opener(sentences, 2)
    assert not first_person_opener(("Intro.", "I am working on it."), 1)
    assert not first_person_opener(("## Comment", "I am working on it."), 1)
    assert not first_person_opener(("We and my team set it up.", "## Background", "I am working on it."), 2)
    assert not first_person_opener(("Today: notes on tokens.", "## Background", "I am working on it."), 2)


def test_a_step_that_names_its_button_is_no_summary_sentence():
    """set60 F8, digest #78 (chuan-peng-lab--zh-post.xml, repository github.com/Chuan-Peng-Lab/Chuan-Peng-Lab, in
    /work/unseen60/feeds): "由于只能装 C 盘，所以直接点 “ok” 就开始安装了。", the step under a screenshot the lead does not
    keep, was the summary's third sentence."""
    for step in (
        "因为只能装在默认目录，所以直接点 “ok” 就开始安装了。",
        'Click "Next" and wait for the installer to finish.',
    ):
        assert not usable_in(step, frozenset()), step
    # (not a point in Chinese words in quotes, nor a feature named in passing)
    for sentence in (
        "本文的重点“开放科学”是一个很重要的理念。",
        'Users can now click "Share" to send a story to a friend.',
    ):
        assert usable_in(sentence, frozenset()), sentence
