"""Set 49's findings (/work/unseen49/FINDINGS.md), second pass (fix49b). Quoted only from the licensed files
(SOURCES.md: bonfire--website-blog.xml, alanlee97--blog-vuepress.xml, mementum--demeritocracia.xml); for the
others made-up text in the item's shape."""

from bot.blocks import html_blocks
from tests.builders import excerpt

_GUTTER = "<div><span>1</span><br><span>2</span><br><span>3</span><br></div>"


def test_step_headings_and_code_give_no_label_excerpt():
    """set49 F1: alanlee97--blog-vuepress.xml #2 "Spring Boot集成Shiro（前后端分离）" was "添加依赖", a step heading:
    the post is step headings and code blocks, each code block followed by its line numbers in a <div> that has lost
    its class ("1 2 3 4 5 6 7 8"). #9 "SSM - 02 - 获取bean的方式" ("1. 通过id获取bean") likewise."""
    code = "<div><pre><code>&lt;dependency&gt;shiro-spring&lt;/dependency&gt;\n&lt;version&gt;1.5.3\n</code></pre>"
    markup = (
        "<h1>Spring Boot集成Shiro（前后端分离）</h1><h2>添加依赖</h2>" + code + _GUTTER + "</div>"
        "<h2>创建数据表</h2><h3>用户表 t_user</h3>" + code + _GUTTER + "</div>"
    )
    assert excerpt(markup, title="Spring Boot集成Shiro（前后端分离）") == ""
    # The first paragraph of sentences past the steps' headings and code is the excerpt
    prose = markup + "<h2>说明</h2><p>Shiro 是一个安全框架，负责认证和授权。</p>" + code + "</div>"
    assert excerpt(prose, title="Spring Boot集成Shiro（前后端分离）") == "Shiro 是一个安全框架，负责认证和授权。"
    # A block that is no sentence past them (a list, a note) leaves the excerpt as it was: no walk past it
    note = markup + "<ul><li>新建一个类</li><li>配置</li></ul>" + code + "</div><p>这样就可以了。</p>"
    assert excerpt(note, title="Spring Boot集成Shiro（前后端分离）") == "添加依赖"
    # Near miss: numbers that are no code's line numbers (after a paragraph) stay the text's
    assert not html_blocks("<p>Count with me.</p><p>1 2 3</p><p>That is all.</p>").code


def test_the_title_reworded_is_no_excerpt():
    """set49 F11: hakue1990--szulinek-pl.xml (no licence: made-up words) #4 "Deploy hugo app && github actions" had
    the excerpt "hugo app deploy && github actions", its description: the title's words in another order."""
    assert (
        excerpt("<p>hugo site deploy &amp;&amp; gitlab pipelines</p>", title="Deploy hugo site && gitlab pipelines")
        == ""
    )
    # Near miss: a sentence with more than the title's words stays
    kept = excerpt(
        "<p>We deploy the hugo site with gitlab pipelines.</p>", title="Deploy hugo site && gitlab pipelines"
    )
    assert kept.startswith("We deploy")


def test_a_footnote_mark_goes_when_the_entry_holds_its_footnote():
    """set49 F13: rarogcmex--imperiumh-ru.xml (no licence: made-up words) #1 ended "…удивиться меня самого[1].": a
    docutils footnote's mark, plain text, its footnote in a <dl class="footnote brackets"> after the paragraph."""
    note = '<dl class="footnote brackets"><dt class="label"><span>1</span></dt><dd><p>Это сноска.</p></dd></dl>'
    markup = f"<p>Это рассуждение удивило меня самого[1].</p>{note}"
    assert excerpt(markup, limit=40) == "Это рассуждение удивило меня самого.", excerpt(markup, limit=40)
    # Near miss: no footnote in the entry, the brackets stay (a citation, an array's index)
    assert excerpt("<p>As shown in the paper[1].</p>") == "As shown in the paper[1]."
