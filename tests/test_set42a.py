"""Set 42's findings (branch fix42a): F2, F4, F5, F3, F8, F6 (/work/unseen42/FINDINGS.md)."""

from datetime import UTC, datetime

from bot.normalize import read_feed
from tests.builders import HUGO_POSTS, excerpt, hugo_feed, read_entries

_ROW = '<p style="font-size:0.82em">🎨 🌾 🔧 🪶 🌲 🏔️ 🔭 <a href="https://agg.example/review.html?url=x">✏️</a></p>'
_JANICE = (
    "Janice Lyons was upstairs in her Summerland, B.C., home when there was a flash at her doorbell, which lights up "
    "in her Deaf household in place of a chime. The 74-year-old came downstairs to find her neighbour Larry."
)


def test_an_aggregators_row_of_icon_buttons_is_not_the_excerpt():
    """zirnhelt--super-rss-feed.xml #2, F2: before the article an aggregator puts its rating and tag buttons, a row of
    pictographs (repeated with its image two to four times); the excerpt was "🎨 🌾 🔧 🪶 🌲 🏔️ 🔭 ✏️…" and the
    article's text was dropped. A block that is only three pictographs or more is a row of buttons."""
    markup = f'<img src="x.jpg" />{_ROW}\n<img src="x.jpg" />{_ROW}\n{_JANICE}'
    assert excerpt(markup) == _JANICE
    # (zirnhelt #8: nothing but the rows, each a little different: no excerpt)
    assert excerpt(_ROW + _ROW.replace("🔧 ", "") + _ROW.replace("🪶 ", "")) == ""


def test_a_post_that_is_only_emoji_keeps_them():
    """The risk of F2: a post whose whole text is a row of emoji is the post."""
    assert excerpt("<p>🎉 🎉 🎉</p>") == "🎉 🎉 🎉"
    assert excerpt("<p>🎉 We shipped it! 🚀</p>") == "🎉 We shipped it! 🚀"


def test_a_first_line_of_tags_does_not_end_the_excerpt():
    """cannibal-turtle--free_chapters.xml #0, #2, #5, F4: a synopsis opens with its tags, "【Delicate, soft, pretty
    little shou × paranoid, psychotic villain gong】", no sentence of their own; the excerpt was that line and "…". Tags
    joined by "×" or "+", or in lenticular brackets at the line's end, are a label before the story."""
    story = "Dark room, forced confinement, obsessive pampering.\nShen Yu is bound to a system."
    for tags in (
        "【Delicate, soft, pretty little shou × paranoid, psychotic villain gong】",
        "Delicate, soft, pretty little shou × paranoid, psychotic villain gong",
        "【Quick Transmigration + Double Male Leads + Cannon Fodder Counterattack + Main Shou + 1v1 + Double Clean】",
        "Calm, domineering CEO gong vs transmigrated clever shou【transmigration + 1v1 + double clean + sweet pampering】",
    ):
        (article,) = read_entries([{"title": "The Delicate Little Beauty", "link": "/n/1", "text": f"{tags}\n{story}"}])
        assert article.excerpt == "Dark room, forced confinement, obsessive pampering. Shen Yu is bound to a system."


def test_a_first_line_that_goes_on_or_is_a_sum_stays():
    """The near misses of F4: a sentence that goes on in the next block, and a sum, are no tags."""
    text = "Shen Yu and the system + his partner\nwent on with the mission at dawn. They met the villain there."
    (article,) = read_entries([{"title": "Chapter", "link": "/n/2", "text": text}])
    assert article.excerpt.startswith("Shen Yu and the system + his partner")
    text = "x + y = z for every pair of them\nThe sums are easy. Children learn them in their first year at school."
    (article,) = read_entries([{"title": "Sums", "link": "/n/3", "text": text}])
    assert article.excerpt.startswith("x + y = z")


def test_a_notice_on_where_the_post_comes_from_is_not_its_first_sentence():
    """alignof--blog_source.xml #8/#9 and yamadashy--tech-blog-rss-feed.xml #5, F5: "この記事は… - Qiitaから移転してきた
    ものです．" (moved from), "この記事は、CYBOZU SUMMER BLOG FES '26の記事です。" (a blog event's), "!この記事は…自動更新され
    ています。" (Zenn's message box, its icon glued) opened the excerpt. A first sentence about the post with a notice's
    own verbs goes; one that only starts "この記事は" stays."""
    moved = "この記事はKOSENセキュリティコンテスト2019 Writeup - Qiitaから移転してきたものです． 10/26に開催された大会に出た。"
    assert excerpt(f"<p>{moved}</p>") == "10/26に開催された大会に出た。"
    fes = (
        "この記事は、CYBOZU SUMMER BLOG FES '26の記事です。 普段はkintone開発チームにてAndroidアプリを開発しています。"
    )
    assert excerpt(f"<p>{fes}</p>") == "普段はkintone開発チームにてAndroidアプリを開発しています。"
    auto = "!この記事はZennからaiの記事のリストを自動的取得し、AIを利用して要約し、自動更新されています。 人気記事を紹介します。"
    assert excerpt(f"<p>{auto}</p>") == "人気記事を紹介します。"
    assert excerpt("<p>本文首发于微信公众号“某某”。今天我们聊聊Rust。</p>") == "今天我们聊聊Rust。"
    story = "この記事は3月に公開された記事の続報です。今回は結果を書く。"
    assert excerpt(f"<p>{story}</p>") == story


def test_read_more_and_a_greeting_in_japanese_go():
    """yamadashy--tech-blog-rss-feed.xml #6 and D46, F5: note.com's "続きをみる" glued after the last sentence, and the
    greeting "はじめまして〜！" with its wave dash, were kept."""
    text = "7月21日（火）、シフトモKidsサマースクール2026の初日を開催しました。続きをみる"
    assert excerpt(f"<p>{text}</p>") == "7月21日（火）、シフトモKidsサマースクール2026の初日を開催しました。"
    assert excerpt("<p>文章很长。阅读全文</p>") == "文章很长。"
    greeting = (
        "はじめまして〜！2026年新卒として入社したデザイナーのSeichannnnです！ 普段はUI/UXの設計を担当しています！"
    )
    assert excerpt(f"<p>{greeting}</p>") == "普段はUI/UXの設計を担当しています！"


_NOVEL = "https://novels.example/novels/the-delicate-little-beauty"


def _comments(*comments: tuple[str, str, str]) -> list[str]:
    """The uids read_feed keeps of a comments feed: each (guid, author, text) under one link and title."""
    items = "".join(
        f"<item><title>The Delicate Little Beauty</title><link>{_NOVEL}</link><guid isPermaLink='false'>{guid}</guid>"
        f"<dc:creator>{author}</dc:creator><description><![CDATA[{text}]]></description></item>"
        for guid, author, text in comments
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Comments</title><link>https://novels.example/</link>{items}</channel></rss>"
    )
    now = datetime(2026, 8, 22, tzinfo=UTC)
    articles = read_feed(body.encode(), url="https://novels.example/c.xml", source="c", now=now, excerpt_length=300)
    return [a.uid for a in articles.articles]


def test_comments_under_one_link_and_title_are_items_of_their_own():
    """cannibal-turtle--comments.xml #3, #5, #7, #9, F3: each comment links to the novel's page under its title, with
    a guid, an author and a text of its own; 17 of 23 were dropped as "same link". Two authors and two texts, or one
    author's two unrelated texts, are two items."""
    uids = _comments(
        ("c1", "Gudetama", "Love it"),
        ("c2", "celia", "Hidden gem fs"),
        ("c3", "oreo.badtz", "This is sooo good!! Literally pulling all-nighters, can't wait for more chapters!"),
        ("c4", "oreo.badtz", "Who comes from TikTok? 'cause I am, hehehe. It was a vertical short drama."),
    )
    assert uids == ["c1", "c2", "c3", "c4"]


def test_one_comment_sent_again_under_a_new_guid_is_still_one_item():
    """The risk of F3: the same text again (whoever signs it), or one author's edited text under a new guid, is one
    item."""
    text = "This is sooo good!! Literally pulling all-nighters, can't wait for more available chapters!"
    edited = text.replace("available chapters!", "chapters to come out!")
    assert _comments(("c1", "oreo", text), ("c2", "oreo", edited), ("c3", "anonymous", text)) == ["c1"]


def test_a_hugo_summary_cut_at_its_words_is_counted_with_its_entities_as_written():
    """alignof--blog_source.xml #2 and #5, F8: Hugo cuts a Japanese .Summary at 70 "words" (each character of a word
    not in ASCII) counted on its plainified HTML, where "&hellip;" is eight; the bot unescaped it first (63), and "…上の
    バーのAb" got no "…". Counted as written, the cut is known (the other summaries, without entities, were cut already)."""
    last = "ポートフォリオがようやく完成しました。疲れた&hellip;（満身創痍） 上のバーのAboutから見られるようにしてあるので暇な人は是非見てほしいと思う次第であります"
    _, articles = hugo_feed([*HUGO_POSTS, last])
    (cut,) = [a.excerpt for a in articles if a.title == "Post 4"]
    assert cut.endswith("是非見てほ…"), cut


def test_a_hugo_code_blocks_line_numbers_and_code_leave_the_plain_summary():
    """jason-cqtan--blog.xml #2 and #3, F6: Hugo's plainify flattens a highlighted code block into the summary, its
    line numbers' column first: "…看着清爽 1 2 IRB.conf[:PROMPT_MODE] = :SIMPLE IRB.conf[:AUTO_INDENT_MODE] = false
    打印和注释 打印" was the excerpt. The numbers from 1 and the code after them, up to the next Chinese word, go; numbers
    that no code follows stay."""
    text = (
        "测试ruby，可直接在irb中测试，定义irb配置文件~/.irbrc，去掉缩进和多余的提示，看着清爽 1 2 IRB.conf[:PROMPT_MODE] = "
        ":SIMPLE IRB.conf[:AUTO_INDENT_MODE] = false 打印和注释。"
    )
    (article,) = read_entries([{"title": "Ruby 入门", "link": "/p/ruby/", "text": text}])
    assert (
        article.excerpt
        == "测试ruby，可直接在irb中测试，定义irb配置文件~/.irbrc，去掉缩进和多余的提示，看着清爽 打印和注释。"
    )
    block = "变量 1 2 3 ary = [1,2,3] ary.each do |item| # 这里就是块 puts item end 块中或方法内变量，以数字字母下划线开头。"
    (article,) = read_entries([{"title": "Ruby 入门", "link": "/p/ruby/", "text": block}])
    assert "ary" not in article.excerpt and "1 2 3" not in article.excerpt
    scores = "比赛结果 1 2 3 名分别是张三、李四和王五。"
    (article,) = read_entries([{"title": "比赛", "link": "/p/score/", "text": scores}])
    assert article.excerpt == scores


def test_a_scene_breaks_dots_end_the_excerpt_as_a_rule_does():
    """cannibal-turtle--free_chapters.xml #2, F4's item: once its tag line goes, the excerpt ran into the synopsis'
    scene break, "…disappeared on him. ......". A line of dots alone ("......", "……") is a rule between sections."""
    text = (
        "【Quick Transmigration + Double Male Leads + 1v1】\nThe Lord God got scammed in an online relationship!\n"
        "The other party even ran off on the way to meet in person!\n......\nXie Yaochen blinks innocently."
    )
    (article,) = read_entries([{"title": "Help!", "link": "/n/4", "text": text}])
    assert article.excerpt == (
        "The Lord God got scammed in an online relationship! The other party even ran off on the way to meet in person!"
    )
    assert (
        "…" not in read_entries([{"title": "Help!", "link": "/n/5", "text": text.replace("......", "………")}])[0].excerpt
    )


def test_a_few_dots_on_a_line_of_their_own_are_a_pause_not_an_end():
    """The review of set42 F4's item: in fiction "……" or "..." alone on a line is a pause (silence), not a scene
    break: the excerpt ended there ("他沉默了很久，没有说话。"). Fewer than six "." or three "…" are skipped."""
    markup = "<p>他沉默了很久，没有说话。</p><p>……</p><p>良久，他才开口道：“走吧。”</p>"
    assert excerpt(markup) == "他沉默了很久，没有说话。良久，他才开口道：“走吧。”"
    text = "I called her again.\n...\nNo answer. I waited by the phone until morning."
    (article,) = read_entries([{"title": "Night", "link": "/n/6", "text": text}])
    assert article.excerpt == "I called her again. No answer. I waited by the phone until morning."


def test_numbers_in_a_chinese_sentence_are_no_code_blocks_line_numbers():
    """The review of set42 F6: "1 2 " in a plain CJK line, in a list's brackets or before a domain, was taken for a code
    block's line numbers, and the words after them up to the next Chinese word went ("…定义向量 a = [ 即可…")."""
    for text in (
        "在MATLAB中，定义向量 a = [1 2 3] 即可，不需要逗号。",
        "写成 np.array([1 2 3]) 不对，要用逗号分开。",
        "本周排名 1 2 3 iPhone.com 的访问量最高。",
    ):
        (article,) = read_entries([{"title": "笔记", "link": "/p/n/", "text": text}])
        assert article.excerpt == text


def test_a_joined_word_is_no_tag_line():
    """The review of set42 F4: "Ctrl+C", "Python+Django" are words, no tags joined by "+" (the line with them was
    skipped as tags); a tags' joiner has a space on each side."""
    for first in (
        "Press Ctrl+C to copy the selected cell and Ctrl+V to paste it into the new sheet",
        "Python+Django 搭建个人博客系统的完整过程",
    ):
        text = f"{first}\nThen save the workbook. The formulas update on their own when you reopen it later that day."
        (article,) = read_entries([{"title": "Tips", "link": "/t/1", "text": text}])
        assert article.excerpt.startswith(first), article.excerpt


def test_a_post_about_a_blog_or_taken_from_an_account_keeps_its_opening():
    """The review of set42 F5: "この記事は、個人ブログの収益化についての記事です。" states the post's topic (kana after
    "ブログ": no event's name), and "本文转载自公众号“码农日报”，" ends at its comma: the clause after it is the story's.
    A series' countdown after its notice goes with it (Zenn loglass's "Loglass Tech Blog Sprint" in set20 and set42)."""
    for topic in (
        "この記事は、個人ブログの収益化についての記事です。",
        "この記事は、ブログ初心者向けのWordPress設定の記事です。",
    ):
        assert excerpt(f"<p>{topic}今回は広告の話です。</p>") == f"{topic}今回は広告の話です。"
    moved = "本文转载自公众号“码农日报”，今天我们来聊聊Rust的所有权。它是Rust最独特的特性。"
    assert excerpt(f"<p>{moved}</p>") == "今天我们来聊聊Rust的所有权。它是Rust最独特的特性。"
    asf = "本文转载自： ALC Beijing 公众号 背景 当提起 Apache 软件基金会（Apache Software Foundation，ASF）项目时，大家都不陌生。"
    assert excerpt(f"<p>{asf}</p>") == asf  # (set13 oschina: a comma inside brackets ends no notice)
    sprint = (
        '!この記事は毎週必ず記事がでるテックブログ "Loglass Tech Blog Sprint" の 21週目の記事です！'
        "3年間連続達成まで残り4週となりました！ フロントエンドでは、デバイスの性能差がそのまま体験に影響します。"
    )
    assert excerpt(f"<p>{sprint}</p>") == "フロントエンドでは、デバイスの性能差がそのまま体験に影響します。"
    assert (
        excerpt("<p>この記事は、連載「はじめてのRust」の第3回の記事です。今回は所有権を扱います。</p>")
        == "今回は所有権を扱います。"
    )


def test_two_readers_short_same_comment_is_two_items():
    """The review of set42 F3: two readers' identical "Sticker comment" (guids and authors of their own) was one item;
    a short text under two authors is two replies (a long one re-sent under another author stays one: test_dedup)."""
    uids = _comments(
        ("c1", "Gudetama", "Sticker comment"), ("c2", "celia", "Sticker comment"), ("c3", "celia", "Love it")
    )
    assert uids == ["c1", "c2", "c3"]
