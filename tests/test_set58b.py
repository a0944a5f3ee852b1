"""Set 58's F5, F6 and F7 (/work/unseen58/FINDINGS.md): a change log's label dropped over a verbless item, a Japanese
one-line summary naming two source files read as a trace, a summary sentence cut at code's "!" and a how-to's
"label：command" step taken as a summary sentence. Made-up text in the items' shape (the feeds have no licence)."""

from bot.codeblocks import is_trace
from tests.builders import read_entries


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
