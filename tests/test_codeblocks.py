"""Code is never an excerpt's text (bot/codeblocks.py, blocks.without_code; set19 F11)."""

import html

from bot.blocks import html_blocks, plain_blocks
from bot.excerpt import excerpt_with_notes

# findmytrueself-blog--ko-index.xml #3 (tests/data/unseen/set19/SOURCES.md: github.com/findmytrueself/blog, no
# licence stated, not copied): a Hugo post that is one highlighted block of JavaScript. Made-up code, same shape:
# no ";" and few code tokens for its words, so cuts.reads_as_code did not tell it.
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
