"""Set 49's findings (tests/data/unseen/set49/FINDINGS.md), second pass (fix49b). Quoted only from the licensed files
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
    # Near miss: numbers that are no code's line numbers (after a paragraph, code before it) stay the text's
    assert html_blocks("<pre><code>x = 1</code></pre><p>Count with me.</p><p>1 2 3</p><p>That is all.</p>").code == {
        "x = 1"
    }


def test_a_lone_number_after_code_is_its_output_not_line_numbers():
    """The review of fix49b: line numbers are two numbers at least, "1 2 …" (codeblocks._counted, shared with
    without_line_numbers); a lone "1" after a program, once, is what it prints."""
    assert html_blocks("<pre><code>print(len([0]))</code></pre><p>1</p>").code == {"print(len([0]))"}
    assert html_blocks("<pre><code>print(len([0, 1]))</code></pre><p>1 2</p>").code == {"print(len([0, 1]))", "1 2"}
    # Near miss: one-line blocks, each with its gutter "1" (alanlee97--blog-vuepress.xml "计算机网络知识点总结"): the
    # first paragraph past them is the excerpt, as before
    steps = "".join(f"<h3>{word}</h3><pre><code>{word} = 1</code></pre><div><span>1</span><br></div>" for word in "ab")
    assert html_blocks(steps).code == {"a = 1", "b = 1", "1"}
    assert excerpt(f"<h2>Terms</h2>{steps}<p>That is the network.</p>") == "That is the network."


def test_the_title_reworded_is_no_excerpt():
    """set49 F11: hakue1990--szulinek-pl.xml (no licence: made-up words) #4 "Deploy hugo app && github actions" had
    the excerpt "hugo app deploy && github actions", its description: the title's words in another order."""
    assert (
        excerpt("<p>hugo site deploy &amp;&amp; gitlab pipelines</p>", title="Deploy hugo site && gitlab pipelines")
        == ""
    )
    assert excerpt("<p>gitlab pipelines: deploy hugo site</p>", title="Deploy hugo site && gitlab pipelines") == ""
    # The title's words in its order, some left out, a sentence or cut (a shop's "n°50 — …" under "… no. 50 (…)")
    title = "Zine Weekly — no. 12 (A Visit: The House of Paper Lanterns)"
    assert excerpt("<p>n°12 — A Visit: The House of Paper Lanterns…</p><p>It is a house.</p>", title=title) == (
        "It is a house."
    )
    # … a word the title names twice in it, the second time ("owner/jane-doe-notes: Notes on … by Jane Doe")
    title = "owner/jane-doe-notes: Notes on the garden shed by Jane Doe, with pictures."
    assert excerpt("<p>Notes on the garden shed by Jane Doe, with pictures.</p><p>It is a shed.</p>", title=title) == (
        "It is a shed."
    )
    # … a repository's name moved to the end, no sentence's end after it (a GitHub trending feed's description)
    title = "jane/shed-notes: Notes on the garden shed by Jane, with pictures of the shed."
    line = "Notes on the garden shed by Jane, with pictures of the shed. - jane/shed-notes"
    assert excerpt(f"<p>{line}</p><p>It is a shed.</p>", title=title) == "It is a shed."


def test_a_sentence_in_the_titles_words_that_says_the_opposite_or_answers_it_stays():
    """The review of fix49b: the reworded title is its words in its order, one run of them moved, and no sentence
    (the title's words as a set dropped these, each as long as its title)."""
    assert excerpt(
        "<p>Netflix overtakes Disney in subscribers.</p>", title="Disney overtakes Netflix in subscribers"
    ) == ("Netflix overtakes Disney in subscribers.")
    assert excerpt("<p>Chelsea beat Arsenal 2-1 at home.</p>", title="Arsenal beat Chelsea 2-1 at home?") == (
        "Chelsea beat Arsenal 2-1 at home."
    )
    assert excerpt("<p>Do you really need Kubernetes? No.</p>", title="Kubernetes: do you really need it?") == (
        "Do you really need Kubernetes? No."
    )
    # Near miss: no sentence, but two words swapped (no run of them moved) says the opposite too
    assert excerpt("<p>Netflix overtakes Disney in subscribers</p>", title="Disney overtakes Netflix in subscribers")


def test_a_footnote_mark_goes_when_the_entry_holds_its_footnote():
    """set49 F13: rarogcmex--imperiumh-ru.xml (no licence: made-up words) #1 ended "…удивиться меня самого[1].": a
    docutils footnote's mark, plain text, its footnote in a <dl class="footnote brackets"> after the paragraph."""
    note = '<dl class="footnote brackets"><dt class="label"><span>1</span></dt><dd><p>Это сноска.</p></dd></dl>'
    markup = f"<p>Это рассуждение удивило меня самого[1].</p>{note}"
    assert excerpt(markup, limit=40) == "Это рассуждение удивило меня самого.", excerpt(markup, limit=40)
    # Near miss: no footnote in the entry, the brackets stay (a citation, an array's index)
    assert excerpt("<p>As shown in the paper[1].</p>") == "As shown in the paper[1]."


def test_only_the_marks_of_the_entrys_footnotes_go_never_an_index():
    """The review of fix49b: the word "footnote" is no footnote list ("footnote-free"); an index in inline code
    ("argv[1]"), one from 0 ("xs[0], xs[1]"), after a number ("§ 3[2]") or a number the list does not define
    ("a[12]") stays."""
    note = '<dl class="footnote brackets"><dt class="label"><span class="brackets">1</span></dt><dd><p>N.</p></dd>'
    note += '<dt class="label"><span class="brackets">2</span></dt><dd><p>M.</p></dd></dl>'
    code = "<p>Set <code>argv[1]</code> to the file name, and <code>argv[0]</code> stays the program.</p>"
    assert _first(code + note) == "Set argv[1] to the file name, and argv[0] stays the program."
    free = "<p>This footnote-free post reads values[2] and values[3] at once.</p>"
    assert _first(free) == "This footnote-free post reads values[2] and values[3] at once."
    for text in ("It reads xs[0], xs[1] and more.", "As § 3[2] says, a[12] is fine."):
        assert _first(f"<p>{text}</p>{note}") == text
    # The marks the list defines go, a kramdown list's too (<li id="fn:1">)
    assert _first(f"<p>It is so[2], as a[12] shows[1].</p>{note}") == "It is so, as a[12] shows."
    kramdown = '<div class="footnotes"><ol><li id="fn:1"><p>N.</p></li></ol></div>'
    assert _first(f"<p>Read <code>fn[1]</code> twice[1].</p>{kramdown}") == "Read fn[1] twice."


def _first(markup: str) -> str:
    return html_blocks(markup).lines[0]
