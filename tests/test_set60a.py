"""Set 60's findings F1 and F3 (/work/unseen60/FINDINGS.md): a first block that ends no sentence, a credit or a
series' label over the title, became the whole excerpt with "…" and the story was dropped (F1); a first paragraph
that a tilde ends was taken for a label and dropped (F3). Those files have no licence: made-up text in each item's
shape."""

from bot.boilerstrip import block_row
from bot.leadin import title_with_label
from bot.storylabels import label_before_story
from tests.builders import read_entries

_STORY = (
    "<p>El ministro llegó al cargo prometiendo una reforma amplia del Estado. Dos años después, los resultados son "
    "mixtos y el debate sigue abierto en el congreso.</p>"
)


def _excerpt(text: str, title: str = "Un título") -> str:
    [article] = read_entries([{"title": title, "link": "/p", "text": text}])
    return article.excerpt


def test_a_credit_in_italics_over_the_story_is_no_lead():
    """set60 F1 (cele--observacom.xml, repository CELE-UP/cele-web, and chuan-peng--blog.xml, repository
    hcp4715/hcp4715.github.io, both in /work/unseen60/feeds): "Publicado originalmente en idioma inglés en <a venue>"
    and "This post is written by <a name>" in italics were each a whole excerpt: the credits-note row knew the
    subject-less note only with "originally published on", and "was written by", not "is written by"."""
    for note in (
        '<p><em>Publicado originalmente en idioma inglés en</em> <a href="https://x.example/p"><em>El Boletín</em></a></p>',
        "<p><em>Published originally in English on The Example Review.</em></p>",
        "<p><em>This post is written by Jane Roe</em></p>",
        "<p><em>This post is written by Jane Roe and John Doe.</em></p>",
    ):
        assert _excerpt(note + _STORY).startswith("El ministro llegó al cargo"), note
    # (not a lead that goes on after the language, nor a post that says what it is, nor a name then a clause)
    for line in (
        "Publicado originalmente en inglés en 1605, el libro fue un éxito inmediato en toda Europa.",
        "Publicado originalmente en inglés en Londres, el libro fue un éxito.",
        "This post is written by a beginner, for beginners, and it covers the basics.",
        "This post is written by Jane Roe, who explains why the shell matters.",
        "The game is written by hand in assembly.",
    ):
        assert block_row(line) is None, line


def test_a_series_label_before_the_whole_title_is_no_lead():
    """set60 F1 (cele--observacom.xml, repository CELE-UP/cele-web, in /work/unseen60/feeds): "Mesa de Legislación
    Comparada CELE: <the title>" alone in the first paragraph was the excerpt of 24 posts: leadin.title_with_label
    took words before the title only when they held a number or a date."""
    for label in ("Ciclo de Charlas del Instituto", "Mesa de debate", "Foro Regional Anual Abierto"):
        assert _excerpt(f"<p>{label}: Una Ley Nueva</p>" + _STORY, "Una Ley Nueva").startswith("El ministro"), label
    question = "<p>Ciclo de charlas: Are platforms protected as speech?</p>" + _STORY
    assert _excerpt(question, "Are platforms protected as speech?").startswith("El ministro")
    # (not a block that goes on after the title, nor words before it with no colon, nor a short name: who speaks)
    for line, title in (
        ("Ciclo de charlas: Una Ley Nueva y sus efectos", "Una Ley Nueva"),
        ("Ciclo de charlas sobre Una Ley Nueva", "Una Ley Nueva"),
    ):
        assert not _excerpt(f"<p>{line}</p>" + _STORY, title).startswith("El ministro"), line
    assert not title_with_label("Ana Roe: Una Ley Nueva", ["una", "ley", "nueva"])


def test_a_paragraph_a_tilde_ends_is_no_label():
    """set60 F3 (chuan-peng-lab--zh-post.xml, repository hcp4715/hcp4715.github.io, in /work/unseen60/feeds):
    "…的招生工作开始了，详情见…，欢迎感兴趣的小伙伴加入<a lab>~" over a heading and the supervisor's CV was taken for a
    short label before the story and dropped: a tilde after a word, in a block with its clause commas, ends a sentence."""
    block = "某某大学2025年接收硕士推免生的招生工作开始了，详情见研招网，欢迎感兴趣的小伙伴加入Open Mind Lab~"
    following = (
        "张三教授、博士生导师， 2015年于某大学心理学系获得博士学位，2015 ~ 2018在某研究所进行博士后研究。研究兴趣包括认知"
        "建模和社会认知。以第一作者在多个期刊发表中英论文二十篇。主持国家自然科学基金项目两项，参与多项国际合作研究，并长期"
        "担任多个国际期刊的审稿人，曾获省级优秀教学成果奖和青年科学家奖，指导研究生十余名，多人获得国家奖学金。"
    )
    assert not label_before_story(block, following)
    text = f"<p>{block}</p><h2>一、导师简介</h2><p><br>{following}</p>"
    assert _excerpt(text, "加入我们").startswith("某某大学2025年")
    # (not a heading with a decorative tilde, no clause in it, nor a short line of its own)
    story = (
        "The ministry said on Monday that talks would resume next week, after a pause of six months in which "
        "neither side met. Negotiators are expected in Geneva."
    )
    assert label_before_story("Part 1 ~", story)
    assert label_before_story("实验室招新~", following)
