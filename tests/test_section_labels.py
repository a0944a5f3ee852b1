"""A section's label or a subtitle before a post's text, and the sections a feed's
entries share (set15 findings 3, 2 and 8)."""

from __future__ import annotations

from tests.builders import excerpt

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
