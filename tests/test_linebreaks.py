"""A <br> between a poem's lines is " / " (bot/linebreaks.py); other line breaks are what they were."""

from bot.clean import html_to_text
from tests.builders import excerpt


def test_a_poems_lines_are_set_apart_with_slashes():
    # Tin Hay (vi-tinhay--feed.xml, tests/data/unseen/set24, F6): a poem's lines run together read as one sentence
    # that makes no sense ("…về tha Như Lai thường trụ…").
    poem = (
        "<p>Mười con nhạn trắng về tha<br>Như Lai thường trụ trên tà áo xuân<br>Vai nghiêng nghiêng suối tơ huyền"
        "<br>Đôi gò đào nở trên miền tuyết thơm</p><p>Bài thơ của Bùi Giáng.</p>"
    )
    assert excerpt(poem).startswith(
        "Mười con nhạn trắng về tha / Như Lai thường trụ trên tà áo xuân / Vai nghiêng nghiêng suối tơ huyền / Đôi"
    )
    # After a line of prose that introduces it (the introduction's break too); lines may end with commas.
    introduced = (
        "<p>Ở Việt Nam, có lẽ không có bài thơ nào được phổ biến rộng rãi cho bằng bài “Ông Đồ” của Vũ Đình Liên"
        "<br>Mỗi năm hoa đào nở<br>Lại thấy ông đồ già<br>Bày mực tàu giấy đỏ,<br>Bên phố đông người qua</p>"
    )
    assert html_to_text(introduced).endswith(
        "Vũ Đình Liên / Mỗi năm hoa đào nở / Lại thấy ông đồ già / Bày mực tàu giấy đỏ, / Bên phố đông người qua"
    )


def test_other_line_breaks_stay_spaces():
    # Three lines only; code; a table's figures; labels; sentences; a list of "Artist – Song" rows.
    for markup in (
        "<p>Roses are red<br>Violets are blue<br>Sugar is sweet</p>",
        "<p>TxMessage.data[0] = 0x02;<br>TxMessage.data[1] = 0x01;<br>TxMessage.data[2] = 0x00;<br>Send it now</p>",
        "<p>Student grades<br>B90902123 99<br>R93922004 99<br>B93902105 98<br>R92922004 97</p>",
        "<p>Date: Monday<br>Place: Paris<br>Host: Anna Smith<br>Guest: John Doe</p>",
        "<p>We met at noon.<br>It rained all day.<br>Then we left.<br>Nobody saw us go.</p>",
        "<p>Daft Punk – Get Lucky<br>Lorde – Royals<br>Adele – Hello There<br>Muse – Uprising Now</p>",
    ):
        assert " / " not in html_to_text(markup), markup


def test_japanese_lines_wrapped_after_a_particle_are_one_sentence_and_a_lone_mark_is_a_break():
    # henshusha (ja-shopfeeds--henshusha.xml, tests/data/unseen/set23, F11; no licence: made-up words in the same
    # shape): a shop's copy wrapped by its author after a particle ("…と" / "…を"), then "." alone before the item's
    # details. The excerpt was "“…感覚”と…" and, for another item, ended with " .".
    from bot.blocks import html_blocks, plain_blocks

    text = (
        "“いままで描いた景色”と\n”これから描く景色”を\n12枚の紙に写しました。\n\n毎日の暮らしのなかで、\n"
        "身体に入ってきた音を描きました。\n\n.\nedition/\n-Limited 150"
    )
    for blocks in (html_blocks(text), plain_blocks(text)):
        assert blocks.lines[0].startswith("“いままで描いた景色”と”これから描く景色”を"), blocks.lines
        assert blocks.lines[1] == "毎日の暮らしのなかで、身体に入ってきた音を描きました。"
        assert "." not in blocks.lines and not blocks.lines[2].startswith(". ")
    assert excerpt(text).endswith("身体に入ってきた音を描きました。")


def test_korean_lines_wrapped_in_plain_text_keep_their_space():
    # (a review of 98b8313: Korean spaces its words, so a wrap is a space; only Chinese and Japanese join without one)
    from bot.blocks import plain_blocks

    text = "오늘은 서울에서 오랜 친구를\n만났습니다. 우리는 함께 점심을\n먹었습니다."
    assert plain_blocks(text).lines == ["오늘은 서울에서 오랜 친구를 만났습니다. 우리는 함께 점심을 먹었습니다."]
