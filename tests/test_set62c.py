"""Set 62's F6 (/work/unseen62/FINDINGS.md): a Chinese drop cap split from its word. Made-up text in the item's shape
(the feed has no licence)."""

from tests.builders import excerpt


def test_a_drop_cap_s_newline_is_no_space_in_chinese():
    """set62 F6 (hkustmdi--lab-zh.xml, github.com/hkustmdi/hkustmdi.github.io): "<span class="dropcap">本</span>⏎    项目
    构建了…" read "本 项目构建了…". Near misses: two spans of words, a Latin drop cap, keep their space."""
    markup = '<div class="intro">\n  <span class="dropcap">本</span>\n  项目收集了一个常见疾病的图文数据集。</div>'
    assert excerpt(markup) == "本项目收集了一个常见疾病的图文数据集。"
    assert excerpt("<p><span>北京</span>\n<span>上海</span> 两地都有新的门店。</p>") == "北京 上海 两地都有新的门店。"
    assert excerpt('<div><span class="dropcap">A</span>\nbook of the year, and a fine one.</div>').startswith("A book")
