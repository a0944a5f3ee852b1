"""Set 49's findings (/work/unseen49/FINDINGS.md). Quoted only from the licensed files (SOURCES.md: bonfire--website-
blog.xml, alanlee97--blog-vuepress.xml, mementum--demeritocracia.xml); for the others made-up text in the item's shape."""

from bot.blocks import html_blocks
from bot.boilerstrip import block_row, strip_start
from bot.promos import without_promos
from tests.builders import excerpt


def test_a_reference_or_source_note_is_no_lead():
    """set49 F3: alanlee97--blog-vuepress.xml #3 and #4 opened on a quoted note, "参考文章：https://blog.csdn.net/…"
    and "源代码：https://github.com/AlanLee97/code-demos/tree/master/jwt": a label and an address, no sentence."""
    markup = (
        "<blockquote><p>参考文章：https://blog.csdn.net/qq_32867467/article/details/82944473</p></blockquote>"
        "<p>事务管理是企业级应用程序开发中必不可少的技术，用来确保数据的完整性和一致性。</p>"
    )
    assert excerpt(markup).startswith("事务管理是"), excerpt(markup)
    code = "<blockquote><p>源代码：https://github.com/AlanLee97/code-demos/tree/master/jwt</p></blockquote><p>先看代码。</p>"
    assert "源代码" not in excerpt(code)
    # Near misses: more than the address after the label; the word inside a sentence
    assert block_row("参考文章：https://x.example/a 写得很好，因为它讲清楚了。") is None
    assert block_row("Source code: https://github.com/x/y is where the work happens.") is None


def test_a_cross_post_notice_without_a_full_stop_goes():
    """set49 F6: bonfire--website-blog.xml #6–#8 were "This post was originally published on Doug Belshaw's Open
    Thinkering blog" and nothing else: the notice in a callout of its own, no full stop after the blog's name."""
    markup = (
        "<div><div>This post was originally published on Doug Belshaw's "
        '<a class="mx-2" href="https://dougbelshaw.com/blog/2022/02/08/zappa-project/"> Open Thinkering </a> blog</div>'
        "</div><p>One thing I’ve learned over the years is that projects go better when people talk early.</p>"
    )
    assert excerpt(markup).startswith("One thing I’ve learned"), excerpt(markup)
    assert block_row("The paper was originally published in Nature in 2019") is None  # (not the post's notice)


def test_a_read_more_link_with_its_reading_time_goes():
    """set49 F4: financedata--nikola.xml (no licence: made-up words) ended "…모두 무료입니다. 더 읽기… (읽기 1분 남음.)",
    Nikola's read-more link and its reading-time note, once the whole excerpt."""
    link = '<p><a href="https://fd.example/posts/py4e.html">더 읽기…</a> (읽기 1분 남음.)</p>'
    assert excerpt(f"<p>파이썬 강좌입니다. 모두 무료입니다.</p>{link}") == "파이썬 강좌입니다. 모두 무료입니다."
    english = '<p><a href="https://fd.example/posts/py4e.html">Read more…</a> (1 min remaining to read)</p>'
    assert excerpt(f"<p>It is all free and open for everyone.</p>{english}") == "It is all free and open for everyone."
    # Near miss: a link inside a sentence, with words before it, stays as it was
    inside = '<p>All free. Check <a href="https://fd.example/p.html">read more</a> (5 minutes).</p>'
    assert "(5 minutes)" in excerpt(inside)


def test_a_chinese_greeting_opens_no_excerpt():
    """set49 F8: aaronconlon--blog.xml (no licence: made-up words) #0 and #2 opened "大家好，…": the greeting goes,
    the sentence after it stays."""
    assert (
        strip_start("大家好，今天想和大家聊一聊项目里环境变量的用法。")[0] == "今天想和大家聊一聊项目里环境变量的用法。"
    )
    assert strip_start("Hello 大家好，昨晚我看到了一篇论文。")[0] == "昨晚我看到了一篇论文。"
    assert strip_start("大家好，是主持人每期节目开场的第一句话。")[1] is None  # (the greeting is the subject: words)
    assert strip_start("大家好")[1] is None  # (alone: no sentence after it)


def test_mkdocs_icon_and_attribute_list_go():
    """set49 F12: mementum--demeritocracia.xml #2 "Aunque quieren atribuírselo, Wiki - Winston Churchill
    :octicons-link-external-16:{:target=_blank}, nunca dijo…": the feed plugin's unrendered Markdown."""
    markup = (
        '<p>Aunque quieren atribuírselo, <a href="https://en.wikipedia.org/wiki/Winston_Churchill">Wiki - Winston '
        "Churchill :octicons-link-external-16:</a>{:target=_blank}, nunca dijo: los fascistas del futuro.</p>"
    )
    assert (
        excerpt(markup)
        == "Aunque quieren atribuírselo, Wiki - Winston Churchill, nunca dijo: los fascistas del futuro."
    )
    assert "{:target=>1}" in excerpt("<p>A Ruby hash such as {:target=>1} maps a symbol to a number.</p>")


def test_a_bare_click_here_ending_the_text_goes():
    """set49 F14: leonardopangaio--website.xml #9 (no licence: made-up words) ended "Se você não acompanhou a Parte 1,
    basta clicar aqui." (its link lost in the feed): a pointer, no content."""
    kept = without_promos(
        html_blocks("<p>Falamos sobre o servidor e a rede. Se você perdeu a Parte 1, basta clicar aqui.</p>")
    )
    assert kept[0].text == "Falamos sobre o servidor e a rede.", kept[0].text
    tutorial = "<p>Open the settings, then click here to open the tab.</p>"
    assert without_promos(html_blocks(tutorial))[0].text == "Open the settings, then click here to open the tab."


def test_a_read_more_after_an_address_heading_leaves_no_excerpt():
    """set49 F4: financedata--nikola.xml #6 (no licence: made-up words) was "더 읽기… (읽기 5분 남음.)" whole: a
    notebook's title heading, a credit heading that is only a year and an address, then the read-more."""
    markup = (
        '<h2 id="a">파이썬 텍스트 클라우드<a class="anchor-link" href="#a">¶</a></h2><p><img src="https://i.example/1.png"></p>'
        '<h4 id="b">2018 <a href="http://fd.example">http://fd.example</a></h4>'
        '<p><a href="https://fd.example/posts/cloud.html">더 읽기…</a> (읽기 5분 남음.)</p>'
    )
    assert excerpt(markup, title="파이썬 텍스트 클라우드") == ""


def test_a_hugo_summary_loses_the_title_and_a_section_label():
    """set49 F5: bytethecookies--it.xml #1 "Waas Descrizione: Writing as a Service!" under "WaaS", #2 "N00bz CTF 2024
    Description Un CTF di 48 ore…" under "N00bzCTF": the title again, folded, then the section's label."""
    from tests.builders import read_entries

    read = read_entries(
        [
            {"title": "WaaS", "link": "/w", "text": "Waas Descrizione: Writing as a Service!\nWaaS ci permette di "
             "sovrascrivere un file sul sistema (dopo un certo controllo dell'input)."},
            {"title": "N00bzCTF", "link": "/n", "text": " N00bz CTF 2024 Description Un CTF di 48 ore ospitato da "
             "n00bz per n00bz. Organizzato con sfide facili per i principianti."},
            {"title": "Project X", "link": "/x", "text": "Project X Summary Report was published today, it says."},
        ]
    )  # fmt: skip
    assert read[0].excerpt.startswith("Writing as a Service!"), read[0].excerpt
    assert read[1].excerpt.startswith("Un CTF di 48 ore"), read[1].excerpt
    assert read[2].excerpt.startswith("Project X Summary Report"), read[2].excerpt  # (no label's colon: words)


def test_a_question_mark_ending_a_title_ends_no_sentence():
    """set49 F18: rarogcmex--imperiumh-ru.xml (no licence: made-up words) "…к статье Почему кошки спят? (ссылка ведёт
    на форум) обнаружилось…" was two sentences, the digest's opening "(ссылка ведёт на форум) обнаружилось…"."""
    from bot.sentences import split_sentences

    text = "В обсуждении к статье Почему кошки спят? (ссылка ведёт на форум) обнаружилось заблуждение. Оно старое."
    assert split_sentences(text, "ru") == [
        "В обсуждении к статье Почему кошки спят? (ссылка ведёт на форум) обнаружилось заблуждение.",
        "Оно старое.",
    ]
    assert split_sentences("Is it good? Yes it is.", "en") == ["Is it good?", "Yes it is."]
    assert split_sentences("OK to commit? bfd: the patch.", "en") == ["OK to commit?", "bfd: the patch."]


def test_a_cross_post_notice_without_a_mark_is_only_a_short_name():
    """Review of set49 F6: the notice ends without a mark only after a short name, not a lead cut at "[…]"."""
    rest = "<p>Second paragraph here.</p>"
    for lead in (
        "This post was originally published on my old blog in 2015, and people still ask about it, so here is how we"
        " moved our servers to […]",
        "This article was originally posted on Reddit and got far more replies than I expected, so here is the longer"
        " version",
        "Este post foi publicado no Medium em 2020 e hoje reescrevi tudo…",
    ):
        assert excerpt(f"<p>{lead}</p>{rest}").startswith(lead[:40]), lead
    assert block_row("This post was originally published on Doug Belshaw's Open Thinkering blog") is not None


def test_kramdown_residue_only_outside_code_and_never_a_line():
    """Review of set49 F12: inline code, prose braces and a line ending in residue keep their words."""
    from bot.clean import html_to_text

    for markup, text in (
        ('<p>Add <code>{:target="_blank"}</code> after the link to open it.</p>', 'Add {:target="_blank"} after'),
        ("<p>Use <code>{: .notice}</code> to style a note.</p>", "Use {: .notice} to style"),
        ("<p>Set the option {rel=nofollow} on every link.</p>", "Set the option {rel=nofollow} on"),
        ("<p>Our new release supports dark mode. {: .lead}</p><p>More.</p>", "supports dark mode."),
        ("<p>We tried it and the result was great :material-check:</p><p>More.</p>", "the result was great"),
        ('<pre><code>[Docs](https://x.example){:target="_blank"}</code></pre>', '{:target="_blank"}'),
    ):
        assert text in html_to_text(markup), html_to_text(markup)


def test_click_here_only_as_a_call_of_its_own():
    """Review of set49 F14: "click here" ending a sentence about it stays; the call in other languages goes."""
    for kept in (
        "Ordering a refill now takes just one click here.",
        "Accessibility guides say a link should never just read click here.",
    ):
        assert without_promos(html_blocks(f"<p>{kept}</p>"))[0].text == kept
    for call in ("Pour la suite, cliquez ici !", "Per la prima parte, clicca qui.", "Para la parte 1, haga clic aquí.",
                 "Voor deel 1: Klik hier.", "Klicken Sie hier.", "Чтобы прочитать, нажмите здесь."):  # fmt: skip
        assert without_promos(html_blocks(f"<p>Tout est là. {call}</p>"))[0].text == "Tout est là.", call


def test_a_number_heading_is_still_a_fallback():
    """Review of set49 F4: only an address or a date opening on its year is no fallback excerpt."""
    image = '<p><img src="https://i.example/1.png"></p>'
    assert excerpt(f"<h2>Release notes</h2><h3>1.2.0</h3>{image}") == "• Release notes • 1.2.0"  # (set54 F8: items)
    for heading in ("2024", "100%", "$5,000,000"):
        assert excerpt(f"<h2>{heading}</h2>{image}") == heading
    assert excerpt(f"<h2>2024-05-01</h2>{image}") == ""
    assert excerpt(f"<h2>// //</h2>{image}") == ""  # (marks only)


def test_a_label_without_a_colon_only_after_a_year():
    """Review of set49 F5: "Description" without its colon is a title-case text's word."""
    from tests.builders import read_entries

    read = read_entries(
        [
            {"title": "Python", "link": "/p", "text": "Python Description Logic Toolkit is a new library."},
            {"title": "Job", "link": "/j", "text": "Job Description Templates That Work, a guide for hiring managers."},
        ]
    )
    assert read[0].excerpt.startswith("Python Description Logic"), read[0].excerpt
    assert read[1].excerpt.startswith("Job Description Templates"), read[1].excerpt


def test_a_korean_greeting_with_its_readers_word_goes():
    """Review of set49 F8: "안녕하세요, 여러분!" goes whole."""
    assert strip_start("안녕하세요, 여러분! 오늘은 새로운 기능을 소개합니다.")[0] == "오늘은 새로운 기능을 소개합니다."


def test_a_label_and_address_with_a_full_width_colon_is_one_row():
    """Review of set49 F3: link-label-line takes the full-width colon too, for every label, not a list of words."""
    assert block_row("Quellcode：https://github.com/x/y") is not None
    assert block_row("参考文章：https://blog.csdn.net/a/b") is not None
    assert block_row("参考文章：https://x.example/a 写得很好，因为它讲清楚了。") is None
