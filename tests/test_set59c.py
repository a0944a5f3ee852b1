"""Set 59's F4, F5, F6 and F7 (/work/unseen59/FINDINGS.md): a heading a flattened plain-text summary runs into its
sentence, a lead-in heading dropped before the text that leans on it, a bold all-caps section heading read as a
sentence, and a section's name as an untitled entry's stand-in title. Made-up text in the items' shape (the feeds have no licence)."""

from bot.cjkheadings import without_cjk_headings
from tests.builders import excerpt, read_entries


def test_a_flattened_heading_before_a_sentence_is_no_text():
    """set59 F4 (dbgroup-sustech--dbgroup-zh.xml, github.com/DBGroup-SUSTech/DBGroup-SUSTech.github.io.save): a plain
    description opened "Project Introduction As a kind of generative model, …", and "时空数据可视化 数据可视化是…",
    "…。项目架构 项目难点 权限管理: …": the headings read as the text. Near misses: a title-case phrase before "With the
    Latest…", a spaced noun before a sentence that does not name it again, a spaced poem's lines, a clause before a
    space, stay."""
    text = "Project Overview As a kind of sound model, it turns noise into speech. Its output sounds real."
    [article] = read_entries([{"title": "Sound synthesis", "link": "/a", "text": text}])
    assert article.excerpt.startswith("As a kind of sound model")
    text = "Spark Gains Momentum With the Latest Release of its engine. The release ships a faster planner."
    [article] = read_entries([{"title": "Release notes", "link": "/b", "text": text}])
    assert article.excerpt.startswith("Spark Gains Momentum With")
    assert (
        without_cjk_headings("城市交通数据分析 交通数据分析是研究城市的方法之一。", "")
        == "交通数据分析是研究城市的方法之一。"
    )
    assert without_cjk_headings("它很有用。系统架构 系统难点 登录模块: 系统共有三个部分。", "") == (
        "它很有用。登录模块: 系统共有三个部分。"
    )
    assert without_cjk_headings("开源软件俱乐部 开始招募新成员了。", "") == "开源软件俱乐部 开始招募新成员了。"
    poem = "白日依山尽 黄河入海流 欲穷千里目 更上一层楼。"
    assert without_cjk_headings(poem, "") == poem
    assert without_cjk_headings("我们的项目 项目难点 是这样的。", "") == "我们的项目 项目难点 是这样的。"
    assert without_cjk_headings("主讲教师 欧阳 小明 / OUYANG Xiaoming", "") == "主讲教师 欧阳 小明 / OUYANG Xiaoming"


def test_a_heading_the_text_leans_on_is_kept_or_ends_the_excerpt():
    """set59 F5 (blogmorozcc--blog-moroz-uk.xml, github.com/blogmorozcc/blogmorozcc.github.io; abarrak--abarrak-com-ar.xml,
    github.com/abarrak/abarrak.github.io): "<h3>Line-Out характеристики:</h3><ul><li>Рівень сигналу: …" showed the list
    without its label; "<p>…the following books…</p><h2>1. Book, Author</h2><p>The author began…" ran on past the
    numbered section's heading, the book lost. Near misses: a label without a colon, one over a paragraph, a long one,
    a heading that is no numbered section's ("1.2 Setup", "2024. A year") or is the text's introduction ("1.
    Introduction"), or follows a sentence that announces nothing, are skipped as before."""
    intro = "<p>Plugging a line output into a microphone input takes more than a cable, for their levels differ.</p>"
    items = "<ul><li>Signal level: about one volt.</li><li>Impedance: about 100 ohms.</li></ul>"
    assert "Line-Out traits: • Signal level" in excerpt(intro + "<h3>Line-Out traits:</h3>" + items)
    assert "Line-Out traits" not in excerpt(intro + "<h3>Line-Out traits</h3>" + items)
    assert "Line-Out traits" not in excerpt(intro + "<h3>Line-Out traits:</h3><p>Its level is about one volt.</p>")
    long_label = "The traits of a line output, as the makers of most sound cards give them:"
    assert long_label not in excerpt(intro + f"<h3>{long_label}</h3>" + items)
    books = "<p>I had some free time this winter for the following books, and here are my notes on them so far.</p>"
    section = "<p>The author opens with a story from his own life after the birth of his third child.</p>"
    assert excerpt(books + "<h2>1. Moons and Tides, Jane Doe</h2>" + section) == books[3:-4]
    assert "The author opens" in excerpt(books + "<h2>1.2 Moons and Tides</h2>" + section)
    assert "The author opens" in excerpt(books + "<h2>2024. Moons and Tides</h2>" + section)
    assert "The author opens" in excerpt(books + "<h2>1. Introduction</h2>" + section)
    plain = "<p>I had some free time this winter for reading, and here are my notes on the books so far.</p>"
    assert "The author opens" in excerpt(plain + "<h2>1. Moons and Tides, Jane Doe</h2>" + section)


def test_a_bold_all_caps_pictograph_heading_is_no_sentence():
    """set59 F6 (pennspark--spark-newsletter-substack.xml, github.com/PennSpark/spark-website): "…</p><p><strong>🧁
    YOU’RE INVITED – BAKE SALE ON FRIDAY!</strong></p><p><em>Friday…</em></p>" ended the excerpt as a sentence. Near
    misses: after a paragraph that ends with a colon (it leads in to it), in sentence case, without a pictograph, it
    stays."""
    opening = "<p>What a week it has been on campus, and we have been busy with plans of our own.</p>"
    after = "<p><em>Friday, Mar 6, 1-3pm</em></p><p>Come find us on the green for cookies and cake!</p>"
    shout = "<p><strong>🍪 YOU’RE INVITED – COOKIE STAND ON FRIDAY!</strong></p>"
    text = excerpt(opening + shout + after)
    assert "COOKIE STAND" not in text
    assert text.startswith("What a week") and "Come find us" in text
    led = "<p>What a week it has been on campus, and we have some news for you:</p>"
    assert "COOKIE STAND" in excerpt(led + shout + after)
    assert "Cookie stand on Friday!" in excerpt(opening + "<p><strong>🍪 Cookie stand on Friday!</strong></p>" + after)
    assert "COOKIE STAND" in excerpt(
        opening + "<p><strong>YOU’RE INVITED – COOKIE STAND ON FRIDAY!</strong></p>" + after
    )


def test_a_section_name_is_no_stand_in_title():
    """set59 F7 (abarrak--abarrak-com-ar.xml, github.com/abarrak/abarrak.github.io): an untitled entry, "<h2>المشكلة
    </h2><p>من المتوقع…", was titled "The problem", its first section's name. Near misses: a heading that says more, a
    section's name over nothing but another heading, stay the title. After a stand-in cut after an Arabic comma, the
    excerpt goes on without the comma ("…، ولِمعمارية…" was its start)."""
    paragraph = "<p>Builds fail now and then on shared runners. Here is one such failure and its fix.</p>"
    [article] = read_entries([{"title": "", "link": "/p", "text": "<h2>The problem</h2>" + paragraph}])
    assert article.title == "Builds fail now and then on shared runners"
    # (the paragraph's first sentence, long, cut after an Arabic comma: the excerpt goes on without it)
    first = (
        "نواجه أحياناً عدداً من الأعطال في أنظمة البناء المستمر المعتمدة على الحاويات وذلك بسبب بعض القيود المعتادة في"
        " هذه البيئات المشتركة بين الفرق كلها، ولطبيعة الخادم والعميل في هذه الأدوات الشائعة بين الفرق."
    )
    [article] = read_entries([{"title": "", "link": "/a", "text": f"<h2>المشكلة</h2><p>{first} هنا واحدة منها.</p>"}])
    assert article.title.endswith("كلها،…") and article.excerpt.startswith("…ولطبيعة")
    [article] = read_entries([{"title": "", "link": "/q", "text": "<h2>Why our builds failed</h2>" + paragraph}])
    assert article.title == "Why our builds failed"
    [article] = read_entries([{"title": "", "link": "/s", "text": "<h2>Overview</h2><h3>The problem</h3>" + paragraph}])
    assert article.title == "Overview"
