"""The review of set 61's fixes (/work/notes/rev61b-findings.md, findings 4, 5, 7 and 8): rules of sets 60 and 61 that
fired where they should not, narrowed to the shape each was written for. The feeds they were written for
(/work/unseen60/feeds, /work/unseen61/feeds) have no licence: made-up text in each shape."""

from bot.nearcopies import copied
from bot.plaincode import click_step
from bot.pointers import says_what_follows
from bot.sectionopeners import copula_only
from bot.summary import SourceText, summarize
from bot.usable import usable_in


def test_a_click_step_is_a_step_not_a_point_nor_a_name():
    """Review of set 61, finding 4 (plaincode.click_step, written for set60 F8, digest #78: chuan-peng-lab--zh-post.xml,
    repository github.com/Chuan-Peng-Lab/Chuan-Peng-Lab, in /work/unseen60/feeds): "点" ends nouns (观点, 亮点), "按"
    also means "according to", and a sentence opening "Hit" or "Select" is often a headline's, not a step."""
    for sentence in (
        "评论员的观点“Fed转向论”没有得到最新数据的支持，市场继续下跌。",
        "按“CPI”口径计算，上月物价同比上涨百分之二。",
        "Hit 'Night Garden' show is back for a fourth season on the network.",
        'Select "Gold" members will get the new tools before anyone else.',
    ):
        assert not click_step(sentence), sentence
        assert usable_in(sentence, frozenset()), sentence
    # (the step it was written for still goes: a click verb or a step's adverb before a Latin label)
    for step in (
        "因为只能装在默认目录，所以直接点 “ok” 就开始安装了。",
        "然后按“Enter”键确认即可。",
        "接着点击“Save”保存设置。",
        'Click "Next" and wait for the installer to finish.',
        'Press "OK".',
    ):
        assert click_step(step), step


def test_a_whole_conditional_without_its_comma_says_nothing_of_what_follows():
    """Review of set 61, finding 5 (pointers._CONDITION_ONLY, written for set60 F2, digest #77: chuan-peng-lab--zh-
    post.xml, repository github.com/Chuan-Peng-Lab/Chuan-Peng-Lab, in /work/unseen60/feeds): a Chinese "if" whose
    answer follows without a comma, led by 将, 请, 那么, 会, 则…, is a whole sentence."""
    for sentence in (
        "如果周末降温运动会将改到室内体育馆举行。",
        "如果你觉得这个工具有用请在仓库页面上点个赞。",
        "如果两个列表长度相同那么它们就可以直接合并。",
        "如果文件不存在会自动创建一个新的文件。",
    ):
        assert not says_what_follows(sentence), sentence
    story = SourceText("运动会或将改期", ("如果周末降温运动会将改到室内体育馆举行。", "校方表示，报名名单保持不变。"))
    assert summarize([story])[:1] == ["如果周末降温运动会将改到室内体育馆举行。"]
    # (the condition alone, its answer in the next sentence, still says what follows)
    assert says_what_follows("• 如果你不知道什么是 Webhook。")
    assert says_what_follows("如果你还没有安装过这个插件。")


def test_a_japanese_adjective_or_intent_under_a_heading_is_no_copula_alone():
    """Review of set 61, finding 7 (sectionopeners.copula_only, written for set60 N1, digest #13: tan-furukawa--nicolnavi-ja.xml,
    repository github.com/Tan-Furukawa/nicolnavi_page, in /work/unseen60/feeds): an adjective's です, past or present, and a formal noun's that says the writer's intent have
    the writer for subject, not the heading."""
    intro = (
        "先週末に名古屋で開かれたGoの勉強会に行ってきたので、その様子を書きます。",
        "会場には多くの人が集まりました。",
    )
    for own in (
        "丁寧な説明ばかりで本当に面白かったです。",
        "初心者にとってやや難しい内容ばかりで正直しんどいです。",
        "次の開催にぜひ登壇してみたいと考えているところです。",
        "次回の福岡会場へ行ってみるつもりです。",
    ):
        assert not copula_only((*intro, "## 感想", own), 3), own
    # (the predicate and copula alone it was written for still lean on the heading)
    assert copula_only((*intro, "## 手順A", "標準的なステージ回転動画を撮影するための基本の手順です。"), 3)


def test_a_parallel_sentence_of_another_fact_is_no_copy():
    """Review of set 61, finding 8 (nearcopies.copied, written for set61 F9: kraiany--kraiany-ja.atom, repository
    Kraiany/kraiany.github.io, in /work/unseen61/feeds): two sentences of one shape with another number or another name say two
    things."""
    assert not copied(
        "福岡県では9日、新たに145人の季節性インフルエンザ患者が報告されたと発表しました。",
        "熊本県では9日、新たに 87人の季節性インフルエンザ患者が報告されたと発表しました。",
    )
    assert not copied(
        "福岡県では9日、新たに145人の季節性インフルエンザ患者が報告されたと発表しました。",
        "熊本県では9日、新たに145人の季節性インフルエンザ患者が報告されたと発表しました。",
    )
    # (the same sentence said again with a clause more is still a copy)
    again = "戦争で故郷を離れた子どもたちの日常を記録した作品を通じて、平和の大切さを伝えるために企画されました。"
    assert copied(again, "「港の子どもたち展」は、三つの町の学校と協力し、" + again[:-9] + "写真展です。")
