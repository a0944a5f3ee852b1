"""Set 50's findings F3, F7, F11, F13 (/work/unseen50/FINDINGS.md). No file of the set has a licence: made-up words in
each item's shape."""

from bot.discourse import leans_back
from bot.pointers import about_unshown
from bot.summary import SourceText, summarize
from bot.usable import usable_in
from tests.builders import excerpt, read_entries

AD = (
    "Do you play? Do you find yourself holding a pad while reading this ad right now? Come over to Maple's Comics "
    "where we carry the best in the video game trade. We have all the classics like: NES SNES N64 GameCube and more."
)


def test_a_classified_reposted_under_a_new_number_is_one_item():
    """set50 F7: cronomst--craigslist-orlando.xml #0, #2, #5: one ad, the same title and text, reposted on three days
    under new numbered links (…/fod/5807990745.html, …/fod/5807137989.html): stored and posted three times. A short
    standard notice under new links hours apart (a monitor's outages, set27 F2) stays one item each time."""
    dates = ["Sat, 01 Oct 2016 13:05:01 -0400", "Fri, 30 Sep 2016 20:10:48 -0400", "Thu, 29 Sep 2016 16:13:44 -0400"]
    ads = [{"title": "VINTAGE GAMES FOR SALE (orlando)", "link": f"/fod/58079907{n}.html", "text": AD, "date": d}
           for n, d in enumerate(dates)]  # fmt: skip
    articles = read_entries([*ads, {"title": "Other", "link": "/fod/1.html", "text": "Another ad, a sofa for sale."}])
    assert [a.link for a in articles] == ["https://blog.example/fod/580799070.html", "https://blog.example/fod/1.html"]
    notice = "We are probing a possible fault that may touch one of our services."
    outages = [
        {"title": "Fault Seen", "link": f"/issues/13173{n}/", "text": notice, "date": d} for n, d in enumerate(dates)
    ]
    assert len(read_entries(outages)) == 3
    # A status page's maintenance notice in the same long words each time, weeks apart (esa--saucelabs-status.xml in
    # /work/unseen46): each time an occasion of its own.
    weeks = ["Sat, 15 Aug 2020 18:58:31 +0000", "Sat, 18 Jul 2020 18:05:29 +0000"]
    done = [
        {"title": "Planned Maintenance", "link": f"/incidents/x{n}", "text": AD, "date": d} for n, d in enumerate(weeks)
    ]
    assert len(read_entries(done)) == 2
    # A status page's standard notice of 200 characters and more, under ids of letters two days apart: two incidents.
    long_notice = (
        "We are currently investigating reports of degraded performance affecting some customers. Our engineering "
        "team has been engaged and is actively working to identify the root cause. We will provide an update soon."
    )
    incidents = [
        {"title": "Degraded Performance", "link": f"/incidents/{x}", "text": long_notice, "date": d}
        for x, d in zip(
            ["q8z4k2l1", "m3n7p0t5"],
            ["Thu, 03 Oct 2024 09:12:00 +0000", "Tue, 01 Oct 2024 14:40:00 +0000"],
            strict=True,
        )
    ]
    assert len(long_notice) > 200 and len(read_entries(incidents)) == 2


def test_dutch_sentences_that_lean_on_one_left_out_are_not_taken_alone():
    """set50 F3: andr3carvalh0--nos-makkelijke-taal.xml's digest [1], [2], [4], [6], [7], [8] opened on "Toen werd bekend
    dat…", "En dat betekent dat…", "…gaat volgens hen helemaal fout.", "Die moet…", "Dat doen ze omdat…", "En het is…",
    each without the sentence it leans on; bjoernwe--dho-forum.xml's [55] on "Because, like you say, …"."""
    leaning = [
        "Toen werd bekend dat de regering ermee gaat stoppen.",
        "En dat betekent dat er nieuwe verkiezingen komen.",
        "Het uitdelen van eten door het leger gaat volgens hen helemaal fout.",
        "Die moet betere regels maken voor de winkels.",
        "Dat doen ze omdat ze vinden dat ze klanten hebben gediscrimineerd.",
        "En het is een stuk hoger dan andere maanden.",
        "Because, like you say, at that point one has likely become attached to the idea.",
        "Because, like you say, at that point one is attached to the idea of it all being equal, which is no better.",
        "According to them, nothing has changed since the vote.",
    ]
    assert [s for s in leaning if not leans_back(s)] == []
    standing = [
        "Toen ik jong was, speelde ik elke dag buiten.",  # ("when")
        "En 2020, la ville a changé de maire.",  # (French "in")
        "Die Regierung hat am Montag beschlossen, die Steuer zu senken.",  # (German's article)
        "Because the tests failed, we rolled the release back.",
        "According to the police, nobody was hurt in the fire.",
        "Toen Jan thuiskwam, stond het eten al op tafel.",  # ("when" before a name, a possessive, a preposition)
        "Toen mijn vader in 1980 naar Nederland kwam, sprak hij geen Nederlands.",
        "Toen in 2020 de pandemie uitbrak, sloten alle scholen hun deuren.",
        "Dat het kabinet zou vallen, wist iedereen in Den Haag al maanden.",  # (the conjunction)
        "Dat fiind că prețurile au crescut, guvernul a decis să intervină.",  # (Romanian "given that")
        "The researchers surveyed 400 firms, and according to them costs rose by 8%.",  # (named in its first clause)
        "Because, in 2019, the law changed, all contracts had to be rewritten.",  # (its own clause follows)
    ]
    assert [s for s in standing if leans_back(s)] == []
    story = [
        "Politici praatten vandaag over wat er gisteren allemaal is gebeurd in de regering.",
        "Een partij stapte uit de regering van het land.",
        "Toen werd bekend dat de regering ermee gaat stoppen.",
    ]
    chosen = summarize([SourceText("Regering stopt", tuple(story))], 1)
    assert chosen and not chosen[0].startswith("Toen"), chosen


def test_a_chinese_sentence_about_a_structure_or_attachment_shown_next_is_no_summary_sentence():
    """set50 F3: kawhicurry--sspai.xml's digest [29] "我会为每个 Small Project 在 Notion 建立一个如下的结构…" ("the
    following structure", an image after it) and echosoar--zhihu-hot.xml's [62] "附上当时…的录取邮件…" ("attached: the
    offer e-mail", an image)."""
    assert about_unshown("我会为每个小项目在 Notion 建立一个如下的结构，然后逐步完善它。")
    assert about_unshown("附上当时那家投行的录取邮件，那接下来我会说说经验。")
    assert not about_unshown("我在楼下图书馆看书，点一下图标就能借书。")  # (a library, an icon)
    assert not about_unshown("如下雨就不去了，我们改天再约。")  # ("if it rains")
    assert about_unshown("具体流程如下图所示，大家可以参考。") and about_unshown("详细的数据见下图，请大家查看。")
    assert (
        about_unshown("下图展示了各国的下载量排名。")
        and about_unshown("经年累月后会形成下图，算是一种鼓励。")
        and about_unshown("以下图片可能会造成不适。")
        and about_unshown("附上当时 Morgan Stanley 的录取邮件那接下来我说说。")
    )
    ordinary = ["这家公司长期依附上游供应商，利润很薄。", "他放下图纸，转身离开了办公室。", "大军沿江南下图谋江东。",
                "他在会议上附上一句：我们会继续努力。"]  # fmt: skip
    assert [s for s in ordinary if about_unshown(s)] == []


def test_a_chinese_run_of_hundreds_of_characters_without_a_stop_is_no_summary_sentence():
    """set50 F13: echosoar--zhihu-hot.xml's digest [61] was a dialogue answer ("杨过:我曾经爱上一个女人段誉:我也曾经…")
    posted at ~770 characters: two "sentences" of ~400 ideographs each, no stop between their lines. A wide character
    says as much as two narrow ones: such a run is over a sentence's length, the excerpt is shown instead."""
    line = "甲:我曾经爱上一个女人 乙:我也曾经爱上一个女人 "
    story = (line * 16 + "甲乙:是她！", "这是第二段，我们讨论了很多事情。" * 4)
    assert [s for s in summarize([SourceText("三男主对决", story)], 3) if len(s) > 300] == []
    news = (
        "国务院新闻办公室今天上午举行新闻发布会，国家发展和改革委员会副主任在会上介绍，今年前三季度，全国固定资产投资同比增长"
        "百分之三点四，其中基础设施投资增长百分之四点一，制造业投资增长百分之九点二，民间投资在扣除房地产开发投资后增长百分之"
        "六点四，新能源汽车、集成电路、工业机器人等新兴产业的产量分别增长百分之三十三点八、百分之二十六点七和百分之二十八点二，"
        "显示出我国经济在外部环境复杂多变的情况下依然保持了稳中有进的发展态势，为完成全年经济社会发展目标任务打下了坚实基础。"
    )  # (a long news sentence in clauses is one)
    assert len(news) > 230 and usable_in(news, frozenset()) and usable_in(news, frozenset(), lede=True)
    # ... but not a dialogue with commas in its lines, nor a run with a mark or two
    talk = "甲:我曾和她赤裸相对，又被人发现 乙:我也曾和她赤裸相对，又被人发现 " * 9 + "甲乙:是她！"
    run = "这是一个很长的句子，" + "没有停顿的文字在这里一直写下去" * 16 + "。"
    assert not usable_in(talk, frozenset()) and not usable_in(run, frozenset(), lede=True)


def test_a_question_heading_stays_before_the_paragraph_that_answers_it():
    """set50 F11: kawhicurry--sspai.xml #3 read "…开始了在外的写稿历程。当然舒服……！世界上没有比家里更舒服的地方了。": the
    heading between, <h2>在家写不好吗</h2> ("isn't writing at home fine"), dropped, the answer left to read as an
    exclamation out of nowhere. A heading that asks is kept, as a question; one that does not still goes."""
    markup = (
        "<p>创作非常需要新鲜感。第一次尝试在外写稿纯属偶然，没想到就此开始了在外的写稿历程。</p>"
        "<h2><strong>在家写不好吗</strong></h2><p>当然舒服……！世界上没有比家里更舒服的地方了。</p>"
    )
    assert "历程。在家写不好吗？当然舒服" in excerpt(markup), excerpt(markup)
    english = "<p>I write in cafés now.</p><h2>Why not at home?</h2><p>Sure, home is comfy. But I get little done.</p>"
    assert "now. Why not at home? Sure" in excerpt(english), excerpt(english)
    plain = "<p>I write in cafés now.</p><h2>Background</h2><p>Home is comfy. But I get little done there.</p>"
    assert "Background" not in excerpt(plain)
    spanish = "<p>Escribo en cafés.</p><h2>¿Por qué no en casa?</h2><p>Claro, la casa es cómoda. Pero hago poco.</p>"
    assert "cafés. ¿Por qué no en casa? Claro" in excerpt(spanish), excerpt(spanish)
    told = markup.replace("在家写不好吗", "我们做了什么")  # ("what we did": a statement)
    assert "我们做了什么" not in excerpt(told), excerpt(told)
    # Never where the answer is not shown: before a list, a marked-up heading, an answer past the limit
    listed = "<p>I write in cafés now.</p><h2>Why not at home?</h2><ul><li>Too comfy</li><li>Too loud</li></ul>"
    assert "Why not" not in excerpt(listed), excerpt(listed)
    marked = "<p>I write in cafés now.</p><h2># Why not at home?</h2><p>Home is comfy. But I get little done.</p>"
    assert "Why not" not in excerpt(marked), excerpt(marked)
    numbered = marked.replace("# Why", "2. Why")
    assert "Why not" not in excerpt(numbered), excerpt(numbered)
    long = "<p>I write in cafés now.</p><h2>Why not at home?</h2><p>Sure, home is comfy" + ", and warm" * 40 + ".</p>"
    # (early on, the question with the start of its answer, cut after it: never the excerpt's last words, nor the
    # excerpt ended after one short line, the review of set 68b, 2; after a long lead-in, the excerpt ends before it)
    assert excerpt(long).startswith("I write in cafés now. Why not at home? Sure, home is comfy"), excerpt(long)
    later = long.replace("cafés now.", "cafés now, " + "and in libraries " * 10 + "too.")
    assert "Why not" not in excerpt(later) and "Sure" not in excerpt(later), excerpt(later)
