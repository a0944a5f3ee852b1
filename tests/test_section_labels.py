"""A section's label or a subtitle before a post's text, and the sections a feed's
entries share (set15 findings 3, 2 and 8)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.blocks import html_blocks
from bot.normalize import read_feed
from bot.parse import RawEntry, parse_feed
from bot.repeated import key, repeated_paragraphs, without_repeated
from tests.builders import excerpt

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

# Shaped like rodel-reader--v2ex.xml (V2EX's Atom feed, https://github.com/Richasy/Rodel.Reader,
# no licence: made-up words in the same shape): a job ad whose first paragraph is a pictograph's
# label over its list of facts, and a paper whose subtitle stands over its metadata and its abstract.
JOB = (
    "<h1>🚀 招募：后台开发者 (全职 &amp; 兼职)</h1><p><strong>📍 基本情况</strong></p>"
    "<ul><li><strong>办公地点</strong>：上海 · 某某路地铁站附近</li><li><strong>办公方式</strong>：每周到岗三天</li>"
    "<li><strong>岗位类型</strong>：根据经验提供全职与兼职两种岗位。</li></ul>"
    "<hr/><h2>💎 岗位一：资深后台开发者</h2><p><strong>方向</strong>：数据平台、稳定性</p>"
)
PAPER = (
    "<h1>提案：一种基于普通手机的离线记账方案</h1><p><strong>—— 离线存储、近场同步与本地校验机制</strong></p>"
    "<table><tr><td>文档信息</td><td>版本: v0.3</td><td>状态: 草案</td></tr></table>"
    "<h2>摘要 (Summary)</h2><p>本文提出一种“离线记账”方案。它利用旧手机完成记账与校验。</p>"
)


def test_a_marked_label_before_a_list_gives_the_list():
    assert excerpt(JOB) == (
        "• 办公地点：上海 · 某某路地铁站附近 • 办公方式：每周到岗三天 • 岗位类型：根据经验提供全职与兼职两种岗位。"
    )


def test_a_subtitle_before_metadata_and_a_heading_gives_the_abstract():
    assert excerpt(PAPER) == "本文提出一种“离线记账”方案。它利用旧手机完成记账与校验。"


def test_a_marked_label_with_nothing_after_it_stays():
    assert excerpt("<p>📍 基本情况</p>") == "📍 基本情况"


def test_a_first_paragraph_that_is_a_sentence_stays():
    assert excerpt("<p>🎉 We shipped it today.</p><p>More soon.</p>") == "🎉 We shipped it today. More soon."


# Shaped like rodel-reader--ld.xml (津津乐道's show notes, https://github.com/Richasy/Rodel.Reader, no
# licence: made-up words in the same shape): the episode's text, then the hosts' credits as a list
# (the first host first in it: "<ul><li>…", another later: "<li>…"; older episodes put them in
# <p>s), a guest's credit that only this episode has, the crew (<br>-separated lines), and the show's
# "about" paragraph, with or without its last full stop.
HOST_A = "阿明：「某某播客网络」创始人，产品及技术专家。（微博：@aming）"
HOST_B = "小红：「某某乱炖」主播，资深运维专家，现任某公司高管。（微博：@xiaohong）"
ABOUT = "由多位资深从业者主持的科技点评播客，以工作中积累的经验为基础，把近期热点变成独到的观点"
STORY = [
    "这期节目，我们从一条网传的截图聊起，谈到了厂商在当下的市场环境中还剩多少责任。",
    "本期节目，几位主播聊了聊某学校路由器的招标问题，以及招标规则为什么落后于技术。",
    "最近主播们纷纷换了设备，这期节目希望跟大家聊聊那些品牌溢价背后的故事和原因。",
    "关税的消息传来，我们根据自己的经验聊了聊互联网行业接下来可能会发生什么变化。",
    "我们请来一位真的送过外卖的程序员，请他聊聊他眼中的这部电影和他自己的体验。",
]


CREW = "<p>后期 / 阿明<br>封面 / 小红@midjourney<br>运营 / 阿明，Sand<br>监制 / 小红<br>产品统筹 / 某某</p>"


def _notes(n: int) -> str:
    guest = "<li>老李：数码爱好者，十年从业经验。</li>" if n == 0 else ""
    # (a host's credit in three forms, none of them in four episodes: first in the list, later in it, a <p>)
    hosts = {
        0: f"<ul><li>{HOST_A}</li><li>{HOST_B}</li>{guest}</ul>",
        2: f"<ul><li>{HOST_B}</li><li>{HOST_A}</li></ul>",
    }.get(n % 4, f"<p>{HOST_B}</p><p>{HOST_A}</p>")
    if n == 3:  # (one episode words a host's credit otherwise: his label is no template's field)
        hosts = hosts.replace("创始人，产品", "主理人，产品")
    return f"<p>{STORY[n % 5]}</p><h2>【本期主播】</h2>{hosts}<h2>【制作团队】</h2>{CREW}<p>{ABOUT}</p>"


def _show() -> bytes:
    items = "".join(
        f"<item><title>第{n}期</title><link>https://show.example/{n}</link><guid>ep{n}</guid>"
        f"<description><![CDATA[{_notes(n)}]]></description></item>"
        for n in range(8)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>某某乱炖</title>{items}</channel></rss>'.encode()


def test_the_hosts_credits_the_feed_repeats_go_and_the_footer_after_them():
    feed = read_feed(_show(), url="https://show.example/feed", source="show", now=NOW, excerpt_length=300)
    by_title = {a.title: a for a in feed.articles}
    # (before: "… • 阿明：「某某播客网络」创始人，产品及技术专家。（微博：@aming） • 小红：…")
    assert by_title["第0期"].excerpt == STORY[0]  # (the guest's credit, in the feed's footer, goes with it)
    assert by_title["第1期"].excerpt == STORY[1]
    assert "阿明" not in by_title["第0期"].lead and "后期" not in by_title["第1期"].lead
    # (each counted once however its markup opens or ends it; the crew's lines, a <p> with <br>s, as one)
    entries = parse_feed(_show(), url="https://show.example/feed", now=NOW).entries
    assert {key(HOST_A), key(ABOUT), key(html_blocks(CREW).lines[0])} <= repeated_paragraphs(entries)


def test_a_repeated_paragraph_before_the_text_has_said_anything_goes_alone():
    entries = [
        RawEntry(id=f"e{n}", link=f"https://show.example/{n}", title=f"第{n}期", summary_is_html=True,
                 summary=f"<p>{ABOUT}</p><p>{STORY[n]}</p><p>{STORY[(n + 1) % 5]}</p>")
        for n in range(5)
    ]  # fmt: skip
    blocks, notes = without_repeated(html_blocks(entries[0].summary), repeated_paragraphs(entries))
    assert blocks.lines == [STORY[0], STORY[1]] and notes


def test_a_paragraph_in_two_forms_counts_its_entries_together():
    # The show's "about" paragraph in 4 of 20 episodes with its full stop, in 4 without: more than a quarter.
    entries = [
        RawEntry(id=f"e{n}", link=f"https://show.example/{n}", title=f"第{n}期", summary_is_html=True,
                 summary=f"<p>{STORY[n % 5]}{n}</p>" + (f"<p>{ABOUT}{'。' * (n % 2)}</p>" if n < 8 else ""))
        for n in range(20)
    ]  # fmt: skip
    assert key(ABOUT) in repeated_paragraphs(entries)
