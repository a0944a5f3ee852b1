"""Code is never an excerpt's text (bot/codeblocks.py, codeblocks.without_code; set19 F11)."""

import html

import pytest

from bot.blocks import html_blocks, plain_blocks, prose
from bot.codeblocks import is_trace
from bot.excerpt import excerpt_with_notes

# findmytrueself-blog--ko-index.xml #3 (tests/data/unseen/set19/SOURCES.md: github.com/findmytrueself/blog, no
# licence stated, not copied): a Hugo post that is one highlighted block of JavaScript. Made-up code, same shape:
# no ";" and few code tokens for its words, so codeblocks.reads_as_code did not tell it.
_HUGO_CODE = (
    '<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-js" data-lang="js">'
    '<span class="line"><span class="cl"><span class="kd">function</span> <span class="nx">plorb</span>(s) {\n'
    "</span></span><span class=\"line\"><span class=\"cl\">    const names = {'alpha':0, 'beta':1, 'gamma':2, "
    "'delta':3, 'epsilon':4, 'zeta':5, 'eta':6, 'theta':7, 'iota':8, 'kappa':9}\n</span></span>"
    "<span class=\"line\"><span class=\"cl\">    let word = '' let total = ''\n</span></span>"
    '<span class="line"><span class="cl">    if(names[word] || names[word] === 0){ total += names[word] }\n'
    "</span></span></code></pre></div>"
)


def _excerpt(markup: str) -> str:
    return excerpt_with_notes(html_blocks(markup), 300, "Some title").text


def test_a_post_that_is_one_block_of_code_has_no_excerpt():
    assert _excerpt(_HUGO_CODE) == ""


def test_the_excerpt_ends_before_code_and_starts_after_it():
    # (findmytrueself's reduxthunk and imgmask posts: a sentence, then code; code, then the sentence)
    sentence = "<p>Ein kurzer Satz erklärt, was der folgende Block macht.</p>"
    after = "<p>Danach kommt der zweite Schritt mit mehr Erklärung.</p>"
    code = "<pre><code>const plorb = await fetch(url)\nreturn plorb.value\n</code></pre>"
    assert _excerpt(sentence + code + after) == "Ein kurzer Satz erklärt, was der folgende Block macht."
    assert _excerpt(code + after) == "Danach kommt der zweite Schritt mit mehr Erklärung."


def test_preformatted_text_that_is_no_code_is_still_shown():
    # (a mailing list's post or a commit message in a bare <pre>: its words are the story's)
    post = "<pre>The release is out today.\nIt fixes the crash on start.</pre>"
    assert _excerpt(post) == "The release is out today. It fixes the crash on start."


def test_a_plain_summary_cut_inside_code_ends_at_its_last_sentence():
    # rayyildiz--tr-index.xml #2 (tests/data/unseen/set19/feeds; github.com/rayyildiz/rayyildiz.com, MIT): Hugo's
    # plain-text summary, cut at its word count inside "!=": the "!" after a space ends no sentence.
    summary = (
        "Scala ile bir asal sayının tespiti aşağıdaki gibi bir kod ile bulmak mümkün. Bu kod parçası scala’nın ne"
        " denli güçlü olduğunu göstermeye yeterli bence. Daha sonraki yazılarımızda scala ile daha detaylı bir yazı"
        " yazacağım.\ndef isPrime(n:Int): Boolean = (2 until n) forall (d =&gt; n % d !"
    )
    blocks = plain_blocks(html.unescape(summary))
    assert excerpt_with_notes(blocks, 300, "Scala ile Asal Sayı Tespiti").text.endswith("bir yazı yazacağım.")
    # (a French sentence's "!" after a space ends it: no operator before it)
    french = "Le nouveau site est en ligne depuis ce matin, avec toutes les archives du journal. Venez le voir !"
    assert excerpt_with_notes(plain_blocks(french), 300, "Le site").text == french


def test_a_tag_the_code_shows_never_has_the_text_read_again_as_markup():
    # findmytrueself-blog--ko-index.xml #9 (no licence stated, not copied; made-up words, same shape): JSX in a
    # highlighted block, "&lt;div&gt;" in it; read again as markup for it, the whole text ran into one line and the
    # bold "Problem" heading between two paragraphs was glued into the excerpt.
    markup = (
        "<p>Eine Closure ist ein wichtiges Konzept.</p>\n<p>Diesmal will ich sie genauer lernen.</p>\n"
        "<p><strong>Problem</strong></p>\n<p><em>Was gibt der Hook aus, wenn die Komponente verschwindet?</em></p>\n"
        '<div class="highlight"><pre class="chroma"><code class="language-jsx">return (\n  &lt;div&gt;{plorb}&lt;/div&gt;\n)'
        "</code></pre></div>"
    )
    blocks = html_blocks(markup)
    assert blocks.lines[:3] == [
        "Eine Closure ist ein wichtiges Konzept.",
        "Diesmal will ich sie genauer lernen.",
        "Problem",
    ]
    assert "Problem" not in _excerpt(markup)


# en-politepix--bbpress-forums.xml #1 and -topics.xml #0, #3 and the "Disappears audio" topic (set24 F7;
# tests/data/unseen/set24/SOURCES.md: no licence, not copied; made-up names, same shape): a crash dump or a log
# pasted as paragraphs with <br>s, no <pre>: it was the excerpt (". . . 7 myApp rr_iopen.c – Line 128 …").
_TRACE = (
    "<p>.<br />\n.<br />\n7<br />\nZorbApp<br />\nqq_open.c &#8211; Line 128<br />\nqq_close + 128<br />\n8<br />\n"
    "ZorbApp<br />\nPlorbModel.m &#8211; Line 278<br />\n-[PlorbModel runPlorbOnFile:withBin:] + 278<br />\n9<br />\n"
    "ZorbApp<br />\nZorbController.swift &#8211; Line 113<br />\nZorbController..setupPlorb() + 113</p>\n"
    "<p>&#8212;&#8212;&#8212;&#8212;&#8212;<br />\nZorbApp (353,0x21490be40) malloc: double free for ptr 0x113951000</p>\n"
)


def test_a_trace_pasted_as_paragraphs_is_code():
    assert _excerpt(_TRACE + "<p>When the app starts, it shows this crash dump.</p>") == (
        "When the app starts, it shows this crash dump."
    )
    assert _excerpt("<p>Replies: 1</p>" + _TRACE) == ""
    # (a line that only announces the trace goes with it; the stray backticks of a Markdown fence are no text)
    anr = (
        "<p>The hang stack is as follows:</p>\n<p><code></code>`<br />\nZorbApp 0x103bc8c00 -[PlorbModel stopPlorbing]"
        "</p>\n<p>ZorbApp 0x103be04ec -[PlorbController stopPlorbing]</p>\n<p><code></code>`</p>"
    )
    assert _excerpt(anr) == ""
    log = (
        "<p>Hi. I use the Plorb recognizer. When I start to read new text, the sound is gone. I found this error:</p>\n"
        "<p>ZorbSession.mm:1079:-[ZorbSession setActive:withOptions:error:]: Deactivating a session that has running"
        " I/O.<br />\n2020-04-04 11:31:05.578667+0300 [4861:964887] Error: could not set session inactive.</p>\n"
        "<p>[spoiler]<br />\n2016-04-06 21:19:51.855 Zorb[8766:185061] Starting Plorb logging for version 2.501</p>"
    )
    blocks = html_blocks(log)
    assert blocks.lines[1] in blocks.code and blocks.lines[2] in blocks.code
    assert "Deactivating" not in prose(blocks)
    assert _excerpt(log).startswith("I use the Plorb recognizer.")


def test_a_sentence_that_names_a_file_or_an_address_is_no_trace():
    for line in (
        "Fixed a crash in qq_open.c when the PlorbModel.m file is missing.",
        "The fault is at 0x103bc8c00, inside PlorbModel.m, as the report says.",
        "At 2024-05-01 10:00:00 the servers went down for an hour.",
        "Version 2.5 fixes 12 bugs and adds 3 features.",
    ):
        assert not is_trace(line), line


def test_a_long_sentence_before_code_that_is_all_the_text_stays():
    """A walkthrough's first paragraph introduces the clue, quoted in <pre><code>, with a colon (osint-news--feed.xml
    and feed.json, github.com/osint-news/gh-pages, no licence found: made-up words in the same shape; tests/data/
    unseen/set28's F7): dropped as the code's announcement, it left the excerpt empty."""
    walk = (
        "<p>Having learnt the hard lesson of taking The Plorb's hints too literally in Part 3, I chose to read the hint "
        'for Part 4 with more care:</p><pre><code>A whole week went by and my friend wrote again: "I know you like '
        'riddles..."</code></pre>'
    )
    assert _excerpt(walk) == (
        "Having learnt the hard lesson of taking The Plorb's hints too literally in Part 3, I chose to read the hint "
        "for Part 4 with more care…"
    )


# set32 F5: a sentence pointing at the code after it is no excerpt; the prose after the code is. aakinshin--ru-posts.xml
# #4 (tests/data/unseen/set32/SOURCES.md: AndreyAkinshin/aakinshin.net, CC BY-NC-SA, not copied): made-up words in
# the same shape.
_QUESTION = "<p>Загадка недели: что напечатает нижеприведённый код?</p>"
_CHROMA = (
    '<div class="highlight"><pre class="chroma"><code class="language-cs">struct Plorb { int a; }\n</code></pre></div>'
)


def test_a_question_pointing_at_the_code_gives_way_to_the_prose_after_it():
    after = "<p>Верный ответ: как повезёт. В старом компиляторе была ошибка, которая ломала эту программу.</p>"
    assert _excerpt(_QUESTION + _CHROMA + after).startswith("Верный ответ: как повезёт. В старом компиляторе")
    # (nothing else: the question alone, as before)
    assert _excerpt(_QUESTION + _CHROMA) == "Загадка недели: что напечатает нижеприведённый код?"


def test_a_last_sentence_pointing_at_the_code_goes_and_the_sentences_before_it_stay():
    # devhj-blog--rss.xml #5 (hojoon7807/hojoon7807.github.io, MIT)
    markup = (
        "<p>영양정보 클래스는 필수 항목과 여러가지의 선택 항목으로 이루어져 있습니다. 몇몇 항목을 코드로 나타내면 "
        "다음과 같습니다.</p><pre><code>public class NutritionFacts {\n}\n</code></pre>"
        "<p>코드를 보면 점층적 생성자 패턴을 볼 수 있습니다.</p>"
    )
    assert _excerpt(markup) == "영양정보 클래스는 필수 항목과 여러가지의 선택 항목으로 이루어져 있습니다."


# o2team--atom.xml #0 (beidan/o2team.github.io, MIT): Hexo's table, its line numbers in a "gutter" cell, the code in
# a "code" cell; a question pointing at it, then a heading and a list (no prose): the question stays (set32 F5, F11).
_HEXO = (
    '<p>给下面的代码每一行行尾加入分号，有几种方法呢？<br><figure class="highlight javascript"><table><tr>'
    '<td class="gutter"><pre><div class="line">1</div><div class="line">2</div></pre></td><td class="code"><pre>'
    "<div class=\"line\">var foo = 'aotu'</div><div class=\"line\">var bar = 'is a team'</div></pre></td></tr>"
    "</table></figure></p><h2>方法一，使用点操作符</h2><ol><li><code>$</code>移动到行尾</li></ol>"
)


def test_hexo_line_numbers_are_code_and_a_question_before_a_list_stays():
    assert _excerpt(_HEXO) == "给下面的代码每一行行尾加入分号，有几种方法呢？"
    # bejond-io--atom.xml #0 (bejondshao/bejondshao.github.io, no licence: made-up words, same shape)
    gutter = "".join(f'<span class="line">{n}</span><br>' for n in range(1, 13))
    markup = (
        '<ul><li>Write a tiny plorb, like：</li></ul><figure class="highlight bash"><table><tr><td class="gutter">'
        f'<pre>{gutter}</pre></td><td class="code"><pre><span class="line">#!/bin/bash</span><br></pre></td></tr>'
        "</table></figure><p>Save it as a .sh file in your home. Then make it runnable.</p>"
    )
    assert _excerpt(markup) == "Save it as a .sh file in your home. Then make it runnable."


@pytest.mark.parametrize(
    "sentence",
    [
        "Следующая команда сыграет в финале уже в субботу.",  # (a team)
        "Следующий командир дивизии назначен вчера.",
        "申请人须按以下程序提交材料。",  # (a procedure)
        "Members must follow the following code of conduct at every event.",
        "The following program contains strong language.",  # (a broadcast)
    ],
)
def test_a_team_a_procedure_or_a_code_of_conduct_is_no_pointer_at_code(sentence):
    """The review of set32 F5's rule."""
    from bot.codeblocks import points_at_code

    assert not points_at_code(sentence)


def test_a_class_that_only_ends_in_code_is_no_code():
    """ "promo-code" (the review): the paragraph after the <pre> stays."""
    from tests.builders import excerpt

    markup = "<p>The promo is live this week.</p><pre class='promo-code'>SUMMER24</pre><p>It gives 20 percent off.</p>"
    assert excerpt(markup).endswith("It gives 20 percent off.")
