"""Set 42's findings (branch fix42a): F2, F4, F5, F3, F8, F6 (/work/unseen42/FINDINGS.md)."""

from datetime import UTC, datetime

from bot.normalize import read_feed
from tests.builders import excerpt, read_entries

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
    text = "2 + 2 = 4 and 3 + 3 = 6\nThe sums are easy. Children learn them in their first year at school."
    (article,) = read_entries([{"title": "Sums", "link": "/n/3", "text": text}])
    assert article.excerpt.startswith("2 + 2 = 4")


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


_HUGO_POSTS = [
    "久しぶりにコンテストに参加した（といっても外出先からなので記録には残らない）．感覚が鈍っていて細かいところで時間を使い過ぎた反省点が多い回だった",
    "まだABC#201,202の記事を書けていないのが心残りである（#202はほぼ書けたけど#201のSushiの考察がまとまっていない状態で公開するのは気が引ける",
    "体調が悪くて参加は見送ったけれど後から解いてみると思ったより早く全完できたので出ておけばよかった（+50くらいだったらしい）．次回は必ず参加したいと思う",
    "日付を処理する部分が面倒に見えたが実際には標準ライブラリで十分だった．特にゼロ埋めの数字をscanfで読めるかが心配だったけれど問題なく動いたので安心した",
    "ポートフォリオがようやく完成しました。疲れた&hellip;（満身創痍） 上のバーのAboutから見られるようにしてあるので暇な人は是非見てほしいと思う次第であります",
]


def test_a_hugo_summary_cut_at_its_words_is_counted_with_its_entities_as_written():
    """alignof--blog_source.xml #2 and #5, F8: Hugo cuts a Japanese .Summary at 70 "words" (each character of a word
    not in ASCII) counted on its plainified HTML, where "&hellip;" is eight; the bot unescaped it first (63), and "…上の
    バーのAb" got no "…". Counted as written, the cut is known (the other summaries, without entities, were cut already)."""
    summaries = []
    for text in _HUGO_POSTS:  # (cut as Hugo cuts: the first 70 of its words, entities as written)
        while sum(1 if word.isascii() else len(word) for word in text.split()) > 70:
            text = text[:-1]
        summaries.append(text)
    items = "".join(
        f"<item><title>Post {n}</title><link>https://sk.example/{n}</link>"
        f"<description>{t.replace('&', '&amp;')}</description></item>"
        for n, t in enumerate(summaries)
    )
    doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>B</title>{items}</channel></rss>"
    now = datetime(2026, 8, 22, tzinfo=UTC)
    feed = read_feed(doc.encode(), url="https://sk.example/index.xml", source="B", now=now, excerpt_length=300)
    (cut,) = [a.excerpt for a in feed.articles if a.title == "Post 4"]
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
        "……" not in read_entries([{"title": "Help!", "link": "/n/5", "text": text.replace("......", "……")}])[0].excerpt
    )
