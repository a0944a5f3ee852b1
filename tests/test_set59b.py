"""Set 59's F2 and F10 (/work/unseen59/FINDINGS.md): a podcast's chapter index written as list items kept in the
excerpt, and a dialogue's <br>-separated lines run together in Chinese. Made-up text in the items' shape (the feeds
have no licence)."""

from bot.blockjoins import joined
from bot.gluedtext import unspaced_stops
from bot.showrows import without_chapters
from tests.builders import read_entries

_INTRO = "<p>我们又回来了！本期聊一聊怎样在家里搭一个小小的录音棚，以及录音时踩过的那些坑。</p>"


def test_a_chapter_index_in_list_items_goes():
    """set59 F2 (astrian--echojs-podcast-zh.xml, github.com/Astrian/echo.js): "<h2>➤ 节目索引</h2><ul><li>00:00:00
    开场</li><li>00:00:53 道歉大会…</li>…", an episode's chapters as list items, was kept in the excerpt and the
    digest ("… • 00:00:00 开场 • 00:00:53 …"): the stamp was read only at a line's start, the "• " before it. Near
    misses: a programme's timed list that does not count from zero ("• 19:30 Doors open") stays, and a stamp before a
    sentence keeps the item's bullet."""
    chapters = "".join(
        f"<li>{stamp} {title}</li>"
        for stamp, title in [
            ("00:00:00", "开场"),
            ("00:01:10", "为什么要自己搭录音棚？"),
            ("00:07:45", "隔音和吸音不是一回事"),
            ("00:15:20", "尾声"),
        ]
    )
    [article] = read_entries(
        [{"title": "Ep 5. 录音棚", "link": "/ep5", "text": f"{_INTRO}<h2>节目索引</h2><ul>{chapters}</ul>"}]
    )
    assert article.excerpt == "我们又回来了！本期聊一聊怎样在家里搭一个小小的录音棚，以及录音时踩过的那些坑。"
    assert "00:00" not in article.lead
    programme = ["The evening, in order:", "• 19:30 Doors open", "• 20:00 The first band", "• 21:15 The second band"]
    assert without_chapters(list(programme)) == []
    # (nor hours from midnight, a night bus's timetable or a New Year's programme: a list item's stamp needs its seconds)
    timetable = ["Night buses:", "• 00:15 Central Station to Airport", "• 00:45 Airport to the Harbour", "• 01:15 Back"]
    assert without_chapters(list(timetable)) == []
    lines = [
        "• 00:00:00 We open the show and say hello to everyone listening today.",
        "• 00:00:05 Then the news of the week.",
    ]
    lines += ["• 00:12:40 And the long interview with our guest of the month."]
    assert without_chapters(lines)  # (the stamp from zero goes with its line, as without the bullet)
    assert lines == ["• Then the news of the week.", "• And the long interview with our guest of the month."]


def test_a_dialogues_lines_keep_their_space():
    """set59 F10 (astrian--echojs-podcast-zh.xml, github.com/Astrian/echo.js): "<p>白羊：…啊。<br>Astrian：怎么讲？我觉得
    还成？<br>白羊：我一直在说…</p>", two speakers' lines, were run together ("…我觉得还成？白羊：我一直在说…"): the space
    after a Chinese stop goes, but before a speaker's label in a dialogue it stays. Near misses: one label after a
    stop ("…参考。 注：…"), labels each given once (a post's fields), and the next sentence of the same speaker are
    squeezed as before."""
    dialogue = "<blockquote><p>小林：今天的节目录得不错吧。<br>阿月：还行？我觉得还行？<br>小林：我说的是音质的问题。</p></blockquote>"
    [article] = read_entries([{"title": "Ep 6", "link": "/ep6", "text": dialogue + _INTRO}])
    assert "还行？ 小林：我说的" in article.excerpt
    assert (
        unspaced_stops("阿月：还行？ 我觉得还行？ 小林：对。 阿月：好。")
        == "阿月：还行？我觉得还行？ 小林：对。 阿月：好。"
    )
    # (fields or terms, each label once, are no dialogue: "…公开。 原文：… 作者：…", "奴：… 工：…")
    assert (
        unspaced_stops("经作者同意翻译公开。 原文：某篇文章。 作者：某人。")
        == "经作者同意翻译公开。原文：某篇文章。作者：某人。"
    )
    assert (
        unspaced_stops("大家可以作为一些参考。 注：节目中的信息可能有误差。")
        == "大家可以作为一些参考。注：节目中的信息可能有误差。"
    )
    assert (
        unspaced_stops("时间是 10:30。 地点：北京。 https://example.cn 见。")
        == "时间是 10:30。地点：北京。 https://example.cn 见。"
    )
    assert joined(["小林：今天录得不错吧？", "阿月：还行。"]) == "小林：今天录得不错吧？ 阿月：还行。"
    assert joined(["今天录得不错吧？", "注：还行。"]) == "今天录得不错吧？注：还行。"
