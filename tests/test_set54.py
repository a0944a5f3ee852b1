"""Set 54's findings (/work/unseen54/FINDINGS.md, tests/data/unseen/set54). Its files have no licence but one (GPL-3.0,
not quoted here): made-up text in each item's shape."""

from bot.boilerstrip import block_row
from tests.builders import excerpt, read_entries


def test_a_social_posts_author_row_is_a_byline():
    """set54 F1 (angelor--bluesky-posts.xml, a Bluesky account's feed): each entry's title is the post's text and its
    content the post under a header with the poster's display name and handle; with the post removed as the title's
    repeat, the header was the excerpt ("xangelo @xangelo.bsky.social", "Dr. Stephanie (quoted)
    @punkrockscience.bsky.social") under 17 of 114 entries."""
    post = "After all this talk about free markets, the minute a company does not fall in line it is a risk 🤔"
    for name in ("janedoe", "&#x21AA; Dr. Jane Roe (quoted)", "Jane Roe 🐈 (quoted)"):
        handle = "@janedoe.bsky.social" if name == "janedoe" else "@janeroe.example"
        text = (
            f'<article><header><a href="https://bsky.example/profile/x"><div><strong>{name}</strong> <span>{handle}'
            f"</span></div></a></header><div><p>{post}</p></div><footer><a href='https://bsky.example/p/1'>View on "
            "bsky.app</a></footer></article>"
        )
        [article] = read_entries([{"title": post, "link": "/p/1", "text": text}])
        assert article.excerpt == "", article.excerpt
    # (a mention after words of a post, a greeting or thanks, stays the post's: not a byline)
    for line in ("I love this @bob", "Great work! @bob", "Congrats @jane.bsky.social", "Thanks Bob @bob", "bob @alice"):
        assert block_row(line) is None, line
    assert block_row("— @hodlhodl") is not None


def test_a_note_that_the_post_is_published_elsewhere_too_is_no_lead():
    """set54 F3 (felipesbarros--blog-pt.xml, a Portuguese blog): "Artigo publicado também no linkedin." and, in a
    blockquote, "Nota: O presente artigo foi originalmente publicado na primeira edição da revista …" opened the
    excerpts: the credits-note row wanted a subject ("este artigo foi…") and no label before it."""
    story = (
        "<p>O festival de outubro é um evento promovido por uma empresa de nuvem e já está na sua oitava edição.</p>"
    )
    for note in (
        '<p><em>Artigo publicado também no <a href="https://example.org/p">linkedin</a></em>.</p>',
        "<blockquote><p>Nota: O presente artigo foi originalmente publicado na primeira edição da revista Rede.</p>"
        "</blockquote>",
        "<p>Also published on Medium.</p>",
    ):
        [article] = read_entries([{"title": "Festival", "link": "/p", "text": note + story}])
        assert article.excerpt.startswith("O festival de outubro"), article.excerpt
    # (not a lead that reports where a study was published, nor a note on anything else)
    for line in (
        "Artigo publicado na Nature em 2019 mostra que os ratos dormem.",
        "Note: the API changed in version 2.",
    ):
        assert block_row(line) is None, line


def test_thai_is_cut_between_two_characters_not_at_a_far_space():
    """set54 F6 (chan5253-del--scmp-thai.xml, news in Thai): Thai writes no space between words, only round a number
    or between phrases; a 357-character story with spaces only round "18" and "17" was cut at the first, to 35
    characters ("…ชายวัย 18…"). Cut, as Chinese and Japanese are, near the limit between two characters: never before a
    combining vowel or tone mark, nor after a vowel written before its consonant."""
    words = "ตำรวจกำลังตรวจสอบว่าชายวัย 18 ปีที่ทำร้ายนักเรียนที่โรงเรียนมัธยมด้วยดาบเมื่อวันศุกร์"
    text = words + "ฆ่าหนึ่งคนมีส่วนร่วมในชุมชนออนไลน์ที่ส่งเสริมความรุนแรงในโรงเรียนหรือไม่แหล่งข่าวตำรวจกล่าว" * 3 + " 17 ปี"
    shown = excerpt(f"<p>{text}</p>")
    assert len(shown) > 250 and shown.endswith("…"), (len(shown), shown)
    shown = shown[:-1]
    assert text.startswith(shown) and shown[-1] not in "เแโใไ"  # (no vowel that goes before its consonant last)
    assert text[len(shown)] not in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"


def test_what_the_review_of_set53_and_set54s_fixes_found_is_kept():
    """The review of c62dd20..aa15b17 (diff only, each case run): rules that took a reader's text. Each stays now."""
    from bot.connectives import explains, picks_from
    from bot.summary import SourceText, summarize

    for lead in (
        "Also published in the journal Science this week, a second study found that the drug cut deaths by 20 percent.",
        "Publicado também na revista Science, um segundo estudo confirma que o medicamento reduz as mortes em 20%.",
        "Also published on Thursday: the Fed minutes, which showed officials split on rate cuts.",
    ):
        assert block_row(lead) is None, lead
    for line in ("Danke @bob", "Merci @bob", "Gracias @bob"):
        assert block_row(line) is None, line
    for opening in (
        "Isto é uma revolução para o setor.",
        "Anders, unser Kollege aus Hamburg, hat gewonnen.",
        "그 후보는 어제 토론회에서 말했다.",
        "之后的版本将默认启用这个功能。",
    ):
        assert not explains(opening), opening
    assert not picks_from(["We tested two laptops this month.", "The first thing you notice is the weight."], 1)
    news = ("Thank you notes are back in fashion among the young, a new survey finds.", "Two in five wrote one.")
    assert summarize([SourceText("Notes return", news)], 1) == [news[0]]
    bricked = ("Thanks for nothing: the new firmware update bricked 40,000 routers overnight.", "A fix is coming.")
    assert summarize([SourceText("Routers bricked", bricked)], 1) == [bricked[0]]


def test_a_title_made_from_text_loses_the_colon_its_address_stood_after():
    """set54 F9 (lissy93--mastodon.atom, a Mastodon account's posts, no titles): the title made from the post's text
    dropped the address but kept the colon before it: "It is proven! I am aliciasykes on Keybase:"."""
    text = '<p>It is proven! I am janedoe on Keybase: <a href="https://keybase.io/janedoe/sigchain#18c3">https://keybase.io/janedoe/sigchain#18c3</a></p>'
    [article] = read_entries([{"title": "", "link": "/s/1", "text": text}])
    assert article.title == "It is proven! I am janedoe on Keybase", article.title
    own = (
        '<p>See <a href="https://example.org/w">https://example.org/w</a> for our plans for the winter:</p><p>Rest.</p>'
    )
    [article] = read_entries([{"title": "", "link": "/s/2", "text": own}])
    assert article.title.endswith("winter:"), article.title  # (a text's own colon, an address before it: kept)


def test_a_text_of_headings_alone_shows_them_as_items_not_one_phrase():
    """set54 F8 (jonmagon--crow-translate-ru.xml, GPL-3.0, made-up words here): a page of screenshots, a heading over
    each group of pictures and no paragraph, read "Linux Plasma Windows 10", two headings run into one phrase."""
    text = "<h3>Linux Desktop</h3><p><img src='a.png'></p><h3>Windows 11</h3><p><img src='b.png'></p>"
    [article] = read_entries([{"title": "Screens", "link": "/s", "text": text}])
    assert article.excerpt == "• Linux Desktop • Windows 11", article.excerpt
    [article] = read_entries(
        [{"title": "Screens", "link": "/s", "text": "<h3>Linux Desktop</h3><p><img src='a.png'></p>"}]
    )
    assert article.excerpt == "Linux Desktop", article.excerpt


def test_what_the_third_review_found_is_kept():
    """The review of e6aabc2..408e8ba (diff only, each case run): a pointer in mid-text ended the excerpt, time phrases
    and Portuguese concessions were read as leaning, a verdict on a tool as a command step, 答案是否 as an answer."""
    from bot.anaphora import leans_on
    from bot.connectives import explains
    from bot.listrows import as_items
    from bot.plaincode import command_step

    release = (
        "<p>Apple today announced a new chip for its laptops. Read the full press release here. The M5 chip is twice as "
        "fast as the M4 and uses half the power, the company said.</p>"
    )
    [article] = read_entries([{"title": "M5", "link": "/m5", "text": release}])
    assert article.excerpt.endswith("the company said."), article.excerpt
    for sentence in (
        "那段时期我在北京工作，每天通勤两个小时。",
        "这个夏天我去了一趟新疆。",
        "Esses últimos anos foram difíceis para a indústria.",
    ):
        assert not leans_on(["Algo antes.", sentence], 1), sentence
    assert not explains("Ainda que o governo negue, a inflação subiu 5% em março.")
    assert not explains("答案是否正确取决于测试用例。")
    for verdict in ("Bottom line: pip is fine.", "Status: docker down again.", "Plan: cd home, sleep well."):
        assert not command_step(verdict), verdict
    assert command_step("MySQL 开启 Binlog：sudo vim /etc/mysql/mysql.conf.d/mysqld.cnf。")
    assert as_items(["a", "", "b"], lambda line: False) == "• a • b"
