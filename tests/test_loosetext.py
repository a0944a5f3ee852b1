"""A scraper's loose description (bot/loosetext.py): set18's F3, O Liberal's feed (oliberal--rss.xml,
github.com/richmont/oliberal-ultimas-noticias-rss, GPL-3.0: made-up words in its shape here). Its
descriptions are a standfirst on a line of its own, then the story with its markup pretty-printed, a tag a
line, related links after a "VEJA MAIS" label, and a paragraph's end lost ("baile.O evento")."""

from bot.blocks import html_blocks, prose
from tests.builders import excerpt


def lead(markup: str) -> str:
    """The text a summary reads (its lines joined)."""
    return " ".join(prose(html_blocks(markup)).split())


LOOSE = """A cerimônia contará com a presença especial da cantora Maria Souza
A
<strong>
 Escola de Samba da Vila
</strong>
, que venceu o desfile deste ano, vai abrir o baile de gala no Hotel Central. A festa começa às 22h.
<strong>
 VEJA MAIS
</strong>
<br/>
<a href="/carnaval/outra-noticia-1.1">
 <span class="title"><b>Mestre agradece o apoio da comunidade: 'Muito obrigado'</b></span>
 <br/>
 <span class="lead">No post, o mestre também convocou os ritmistas para seguirem em frente</span>
</a>
<a href="/carnaval/mais-uma-1.2">
 <span class="title"><b>Quando sai o novo resultado do Carnaval</b></span>
</a>
A rainha da escola também foi eleita musa do baile.O evento reúne atrações de todo o país.
<a href="https://www.instagram.com/p/ABC123/?utm_source=ig_embed">Uma publicação compartilhada por jornal.com (@jornal)</a>
O ingresso custa cem reais."""


def test_a_standfirst_on_its_own_line_ends_a_sentence():
    """The first line, five words or more and no full stop, the story on the next line: two sentences."""
    assert excerpt(LOOSE).startswith(
        "A cerimônia contará com a presença especial da cantora Maria Souza. A Escola de Samba da Vila"
    )
    # (a hard wrap inside a sentence, a mail's "…forms of the ARM" / "VFP fmrx and…", stays one)
    wrapped = "The attached patch fixes a crash when disassembling unusual forms of the ARM\nVFP fmrx and fmxr instructions. The opcode table contains %<bitfield>x, but\nthis was not it."
    assert excerpt(wrapped).startswith(
        "The attached patch fixes a crash when disassembling unusual forms of the ARM VFP"
    )
    # (a short first line, or one that ends with a word that never ends a phrase, is no standfirst)
    assert excerpt("Hoje em Belém\nA <b>festa</b> começa.").startswith("Hoje em Belém A festa")
    assert (
        excerpt("A festa será na casa de\nJoão <b>Silva</b>, no centro.")
        == "A festa será na casa de João Silva, no centro."
    )


def test_related_links_after_their_label_and_an_embeds_caption_are_not_the_story():
    text = lead(LOOSE)
    assert "VEJA MAIS" not in text and "Mestre agradece" not in text and "novo resultado" not in text
    assert "publicação compartilhada" not in text
    assert "A festa começa às 22h. A rainha da escola também foi eleita musa do baile. O evento reúne" in text
    assert text.endswith("O ingresso custa cem reais.")
    # (a label with no links after it is text; "Veja mais" inside a sentence too)
    assert "VEJA MAIS" in lead("<p>Texto da notícia. <strong>VEJA MAIS</strong> sobre o assunto amanhã.</p>")


def test_a_sentence_glued_to_the_next_in_loose_markup_is_spaced_but_never_a_name():
    assert excerpt("Foi eleita <b>musa</b> do baile.O evento reúne atrações.") == (
        "Foi eleita musa do baile. O evento reúne atrações."
    )
    assert excerpt("Ela achou uma <b>saca</b> vermelha.Durante as buscas, nada.") == (
        "Ela achou uma saca vermelha. Durante as buscas, nada."
    )
    for kept in (
        "She interviews <b>members</b> of Micro.Blog every week.",
        "A series we do at <b>Risky.Biz</b> where vendors pitch.",
        "Install <b>Node.js</b> and run it.",
        "O blog <b>polit.x</b> tem pouco tempo.",
        "See the <b>file</b> objalloc.c and objalloc.h here.",
    ):
        assert excerpt(kept) == kept.replace("<b>", "").replace("</b>", "")
    # (markup that opens with a paragraph is an editor's, not a scraper's loose text: left as it is)
    assert excerpt("<p>Foi eleita musa do baile.O evento reúne atrações.</p>") == (
        "Foi eleita musa do baile.O evento reúne atrações."
    )
