"""Set 58's F5, F6 and F7 (/work/unseen58/FINDINGS.md): a change log's label dropped over a verbless item, a Japanese
one-line summary naming two source files read as a trace, a summary sentence cut at code's "!" and a how-to's
"label：command" step taken as a summary sentence. Made-up text in the items' shape (the feeds have no licence)."""

from bot.changelabels import label_of_list
from bot.codeblocks import is_trace
from bot.plaincode import command_step
from bot.sentences import sentences_of
from bot.summary import SourceText, summarize
from tests.builders import excerpt, read_entries


def test_a_japanese_summary_naming_source_files_is_no_trace():
    """set58 F6 (watilde--iojs-jp-blog.xml, github.com/watilde/blog-1): "io.js 2.0 RC、io.js/node.jsの…、他多数", a
    weekly update's whole description, was read as a stack trace (two names ending ".js") and removed, the digest entry
    left without text. Near misses: a trace's or a log's line with a Japanese word stays a trace."""
    line = "app.js 3.1 リリース、app.js/web.jsの統合について、ほか"
    assert not is_trace(line)
    [article] = read_entries([{"title": "週刊ニュース 2021/03/05", "link": "/w", "text": line}])
    assert article.excerpt == line
    assert is_trace("at Foo.bar(Foo.java:12) at Baz.qux(Baz.java:40) 原因")
    assert is_trace("main.py:12 utils.py:40 エラー")


def test_an_exclamation_mark_inside_code_ends_no_sentence():
    """set58 F7 (leimaau--hexo-blog.atom, github.com/leimaau/leimaau.github.io): a digest's summary sentence ended at
    "…=== null)return!", the line's "return!1;" split after its "!". Near misses: a "!" after a wide character, before
    a space, a capital (a paragraph glued on) or a footnote's number still ends a sentence."""
    code = "在插件的函数里加一个判断： if(this.model === null)return!1;"
    assert sentences_of([code]) == [code]
    assert sentences_of(["太好了!React 发布了新版本。"]) == ["太好了!\nReact 发布了新版本。"]
    assert sentences_of(["It works! Then we ship it."]) == ["It works!\nThen we ship it."]
    assert sentences_of(["Was it worth it?Nobody knew."]) == ["Was it worth it?\nNobody knew."]
    assert sentences_of(["I only wanted the paper!1 Then came the rest."]) == [
        "I only wanted the paper!\n1 Then came the rest."
    ]


def test_a_label_and_a_tools_command_is_no_summary_sentence():
    """set58 F7 (the same feed): "新建一篇博客：hexo new post “article title”", a how-to's step (a label in Chinese, a
    full-width colon and a tool's command, not a shell's known one), was the summary's first sentence. Near misses:
    a name after the label, prose after it, an ASCII label's "Tip: …" stay sentences."""
    step = "新建一个页面：tool new page “my title”"
    assert command_step(step)
    assert not command_step("作者：John Smith")
    assert not command_step("新建一个页面：tool is easy to use.")
    assert not command_step("Tip: git is a version control system.")
    sentences = [
        "第一次用这个工具，记下常用的命令：",
        step,
        "以后再慢慢补充其他的命令和用法，也欢迎大家留言告诉我更多的技巧。",
    ]
    assert step not in summarize([SourceText("第一次用这个工具", sentences)], 3)


def test_a_change_log_label_over_a_verbless_item_is_kept():
    """set58 F5 (40ants--reblocks-changelog.xml, github.com/40ants/reblocks): "<h1>Removed</h1><ul><li><p>Function
    <code>…:asdf-system-directory</code>. Use … instead.</p></li></ul>" showed the item alone, what happened to the
    function lost. Near misses: an item that says it ("Fixed a crash …" under "Fixed"), a label outside the closed
    set ("Features"), an item of a whole sentence stay without it."""
    html = "<h1>Removed</h1><ul><li><p>Macro <code>web/util:with-thing</code>. Use <code>web:with-it</code> instead.</p></li></ul>"
    assert excerpt(html).startswith("Removed: • Macro web/util:with-thing.")
    item = "• Macro web/util:with-thing. Use web:with-it instead."
    assert label_of_list(["Deprecated"], ["Deprecated", item]) == ["Deprecated:"]
    assert label_of_list(["Fixed"], ["Fixed", "• Fixed a crash in parse_line."]) == []
    assert label_of_list(["Features"], ["Features", item]) == []
    assert label_of_list(["Changed"], ["Changed", "• The parser now reads my_file faster."]) == []
    assert label_of_list(["Removed"], ["Removed", "• Support for old browsers."]) == []
