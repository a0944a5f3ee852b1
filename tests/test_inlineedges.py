"""A word glued to an inline element's edge (bot/inlineedges.py; set15 finding 6): a news
site's editor put links and bold names right against the word before them. The shapes are
20minutos' (chrome-extension--20minutos.xml, jmanuelbr/chrome-extension, no licence: made-up
words in the same shape)."""

import pytest

from bot.clean import html_to_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ('<p>El jefe de la Guardia de<a href="https://x.example/m/">Valdoria</a>, Ivo Marek.</p>',
         "El jefe de la Guardia de Valdoria, Ivo Marek."),
        ("<p>Costó 70 millones. Luego,<strong>Tomás Bernal</strong> llegó al club.</p>",
         "Costó 70 millones. Luego, Tomás Bernal llegó al club."),
        ("<p>Nadie sabe salir.<strong>Es difícil nadar</strong> allí.</p>",
         "Nadie sabe salir. Es difícil nadar allí."),
        ("<p>Lo dijo en la radio del<i><a href='https://x.example/t'>Torneo</a></i> de verano.</p>",
         "Lo dijo en la radio del Torneo de verano."),
        ("<p>Cuidado en el <strong>trabajo diario.</strong>Nuestra huella crece.</p>",
         "Cuidado en el trabajo diario. Nuestra huella crece."),
    ],
)  # fmt: skip
def test_a_word_glued_to_an_inline_element_gets_its_space_back(markup, text):
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Un i<b>Phone</b>, un Power<b>Point</b> y mac<b>OS</b>.</p>", "Un iPhone, un PowerPoint y macOS."),
        ("<p>Ya ha<strong>destituido</strong> a dos; fue<b>10</b> euros; <b>Bold</b>er.</p>",
         "Ya hadestituido a dos; fue10 euros; Bolder."),
        ("<p>Call <code>obj.<span>Method</span>()</code> now.</p>", "Call obj.Method() now."),
        ("<p>Vue.<b>JS</b> and Example.<b>Com</b></p>", "Vue.JS and Example.Com"),
    ],
)  # fmt: skip
def test_a_word_split_by_markup_stays_one_word(markup, text):
    assert html_to_text(markup) == text


def test_a_colon_before_a_picture_the_text_cannot_show_ends_its_paragraph():
    """Rubenerd (tests/data/unseen/set14/feeds/rsparser--rubenerd.rss, Ranchero-Software/RSParser, MIT; set14
    finding 8): "…Mat from Techmoan notwithstanding:</p> <figure><img …></figure> <p>I’m wearing it now…" read
    as if the next paragraph were what the colon announced."""
    markup = (
        "<p>Today’s Music Monday concerns a purchase I made over the weekend. I chanced upon this fetching garment "
        "depicting our favourite Liverpudlians; Mat from Techmoan notwithstanding:</p> "
        '<figure><img src="https://rubenerd.com/files/2023/beatles-shirt.jpg" alt="" /></figure> '
        "<p>I’m wearing it now as I write this post.</p>"
    )
    assert html_to_text(markup).endswith("Mat from Techmoan notwithstanding.\nI’m wearing it now as I write this post.")
    # A paragraph that only leads in to the picture goes (all this's "I’m talking about the ones that look like
    # this:", tests/data/corpus/realworld/nnw-allthis.json).
    lead_in = (
        "<p>The graphs could be cleaner.</p><p>Here’s a screenshot of the app:</p><p><img src='a.png'></p><p>Next.</p>"
    )
    assert html_to_text(lead_in) == "The graphs could be cleaner.\nNext."


def test_a_colon_before_a_list_or_a_quote_stays():
    assert html_to_text("<p>Here is what changed:</p><ul><li>a faster parser</li></ul>") == (
        "Here is what changed:\n• a faster parser"
    )
    assert html_to_text("<p>He wrote:</p><blockquote>We are done.</blockquote>").startswith("He wrote:")
    # (and a short lead-in among other sentences stays as written: "Hier ist einer davon:")
    assert html_to_text("<p>Er fand ein paar Songs. Hier ist einer davon:</p><p><img src='v.jpg'></p>").startswith(
        "Er fand ein paar Songs. Hier ist einer davon:"
    )


def test_an_address_in_brackets_after_a_word_goes_with_its_brackets():
    """A forum post pasted from a document that wrote its links as "word[address]" (mesg-forum--latest.rss,
    github.com/mesg-foundation/forum, no licence stated: made-up words in the same shape; set19's F12d)."""
    address = "https://docs.example/document/d/1wrYhWFQ18qvmD3f/edit"
    post = f'<p>With the launch of Lanternfly[<a href="{address}">{address}</a>], the old ecosystem has changed.</p>'
    assert html_to_text(post) == "With the launch of Lanternfly, the old ecosystem has changed."
    # (the address cut short by the forum, "…": the same)
    assert html_to_text(
        f'<p>Read Lanternfly[<a href="{address}">https://docs.example/document/d/1wr…</a>] now.</p>'
    ) == ("Read Lanternfly now.")
    # A link's words, or an address after a space (the sentence's object), stay.
    assert html_to_text(f'<p>The notes[<a href="{address}">here</a>] and [<a href="{address}">{address}</a>].</p>') == (
        f"The notes[here] and [{address}]."
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # (ja-330k--blog-feed.xml in tests/data/unseen/set24, no licence: made-up words in the same shape; F2)
        (
            "<p>わたしは店番なので、上の人から話を聞く側ではありますが、<br />\nどうも「時間は有限だ」と思えないのです。</p>",
            "わたしは店番なので、上の人から話を聞く側ではありますが、どうも「時間は有限だ」と思えないのです。",
        ),
        ("<p>わたしが<br />\n画廊というものに入ったのは昨日です。</p>", "わたしが画廊というものに入ったのは昨日です。"),
        ("<p>中文的句子，<br><a href='https://x.example/'>链接</a>在这里。</p>", "中文的句子，链接在这里。"),
        # Words set apart keep their space: Latin, Korean, a Latin word beside a Japanese one.
        ("<p>One line<br />\nand the next.</p>", "One line and the next."),
        ("<p>한국어 문장이<br />\n이어집니다.</p>", "한국어 문장이 이어집니다."),
        ("<p>日本語の文で<br />\nGitHub を見る</p>", "日本語の文で GitHub を見る"),
        # A line that ends otherwise may be a heading, a label or a list's line: its space stays.
        ("<p>【主な話題】<br />\n残念なことに閉じた。</p>", "【主な話題】 残念なことに閉じた。"),
        ("<p>给手机降温的误区<br />\n不可忽视的热源</p>", "给手机降温的误区 不可忽视的热源"),
        ("<p>こんにちは<br />\n今日は晴れです。</p>", "こんにちは 今日は晴れです。"),
    ],
)
def test_a_line_break_between_chinese_or_japanese_characters_joins_them(markup: str, text: str) -> None:
    """A <br> inside a Chinese or Japanese sentence is only the author's line wrap: no space (set24 F2)."""
    assert html_to_text(markup) == text
