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
