"""Set 62's findings F2, F11 and F4 (/work/unseen62/FINDINGS.md): a Jekyll theme's feed footer "<title> was originally
published by <author> at <site> on <date>." stayed at the end of the excerpt and the summary (F2); a support line
inviting questions to a chat room was a summary's sentence (F11); the credits of an advisory's Attribution section
were (F4). Those files have no licence: made-up text in each item's shape."""

from bot.boilerstrip import block_row
from bot.sentences import HEADING
from bot.summary import SourceText, summarize
from bot.usable import usable
from tests.builders import read_entries

_FOOTER = (
    '<p><a href="https://tool.example/ja/2024/05/02/release-4.1/">Tool 4.1 リリース</a> was originally published by'
    ' Tool Project at <a href="https://tool.example">Tool Project</a> on May 2, 2024.</p>'
)


def test_a_jekyll_feed_footer_goes():
    """set62 F2 (davidgumberg--bitcoincore-ja.atom and -es.atom, repository davidgumberg/bitcoincore.org, in
    /work/unseen62/feeds): every entry ends with the theme's footer, the entry's title linked, "was originally
    published by" its author "at" the site "on" the day; only Medium's "… in … on Medium" was a row, so the footer was
    the excerpt's last sentence where the paragraph before it went as repeated."""
    text = (
        "<p>Tool バージョン 4.1がダウンロードできるようになりました。修正点はリリースノートをご覧ください。</p>"
        + _FOOTER
    )
    (article,) = read_entries([{"title": "Tool 4.1 リリース", "link": "/ja/4.1", "text": text}])
    assert "originally published" not in article.excerpt and article.excerpt.startswith("Tool バージョン 4.1")
    row = block_row(
        "Remote crash in the parser was originally published by Tool Project at Tool Project on July 3, 2024."
    )
    assert row is not None and row.name == "credits-note"
    # (a story's own sentence: no site "at", a time "at", or a sentence before the phrase)
    for near in (
        "The paper was originally published by Nature on 3 May 2019.",
        "The story was originally published by Reuters at 10:00 on May 3, 2024.",
        "We moved. The paper was originally published by Nature at its site on May 3, 2024.",
    ):
        assert block_row(near) is None, near


def test_a_line_inviting_questions_to_a_chat_room_is_no_summary_sentence():
    """set62 F11 (davidgumberg--bitcoincore-es.atom, repository davidgumberg/bitcoincore.org, in /work/unseen62/feeds):
    a release note's support line, "if you have any question, please go to the chat room … and we will help you",
    was the summary's last sentence (in the Japanese feed the same line went as a repeated paragraph)."""
    for line in (
        "Si tiene alguna pregunta, por favor diríjase a la sala de chat #tool y haremos lo posible por ayudarle.",
        "If you have any questions, please join the #tool channel and we will do our best to help you.",
        "ご不明な点がありましたら、チャットルーム #tool までお気軽にお問い合わせください。",
    ):
        assert not usable(line), line
    # (questions as what a story is about, not a condition that opens the sentence)
    for near in (
        "Many users have questions about the new fee, the survey of the town found.",
        "If you have the receipts, you can claim the refund until the end of May.",
    ):
        assert usable(near), near


def test_the_credits_of_an_attribution_section_are_no_summary_sentence():
    """set62 F4 (davidgumberg--bitcoincore-es.atom and -ja.atom, repository davidgumberg/bitcoincore.org, in
    /work/unseen62/feeds): an advisory's "Attribution" section ("Credit goes to … for noticing the problem and working
    on a fix.", "… first responsibly disclosed it.") gave a summary its last sentence: who found the bug, not what it
    is. The sections around it still count."""
    sentences = (
        "Before version 4.0, a peer sending broken packets could stall the download of every other peer.",
        f"{HEADING}Details",
        "The node treated a packet as broken when its checksum did not match the payload it carried.",
        f"{HEADING}Attribution",
        "Credit goes to Jane Roe for noticing the stall and working on a fix with the maintainers.",
        "John Doe first responsibly disclosed the stall to the project in March.",
        f"{HEADING}Impact",
        "Nodes running the old version could fall behind the network by several hours at a time.",
    )
    summary = summarize([SourceText("Stalled download due to broken packets", sentences)], max_sentences=5)
    assert summary and not any("Credit goes" in s or "disclosed" in s for s in summary), summary
    assert summary[-1].startswith("Nodes running"), summary
    # (a heading that only opens with such a word names no credits section)
    near = sentences[:3] + (f"{HEADING}Thanks to volunteers, the bridge reopens",) + sentences[4:5]
    assert any("Credit goes" in s for s in summarize([SourceText("Stalled download", near)], max_sentences=5))
