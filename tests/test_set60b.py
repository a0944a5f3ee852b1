"""Set 60's F2, its Japanese shape (tests/data/unseen/set60/FINDINGS.md): a summary ending on "以下の項目を確認して
ください。" ("check the following items"), the items never shown. Made-up text in the item's shape."""

from bot.pointers import says_what_follows


def test_the_following_items_are_announced():
    """set60 F2 (tan-furukawa--nicolnavi-ja.xml, github.com/Tan-Furukawa/nicolnavi_page): "撮影に入る前に、以下の項目を確認
    してください。" ended a digest's summary and the excerpt. Near miss: "以下" as a limit ("1000円以下の項目はありません。")."""
    assert says_what_follows("撮影に入る前に、以下の項目を確認してください。")
    assert not says_what_follows("1000円以下の項目はありません。")
