"""Paragraphs a feed joined without a space, in a text without markup (bot/gluedtext.py)."""

from datetime import UTC, datetime

import pytest

from bot.blocks import html_blocks, plain_blocks
from bot.gluedtext import unglued, unspaced_marks, unspaced_stops
from bot.normalize import read_feed

NOW = datetime(2026, 12, 1, tzinfo=UTC)

# bold.dk's RSS (feedkit--Ampersand-bold.dk.xml: nmdias/FeedKit,
# Tests/FeedKitTests/Resources/xml/Ampersand.xml @ 60bdf369, MIT; unseen11 #2): a description's
# paragraphs concatenated, no markup.
BOLD = (
    "Ståle Solbakken har siddet længst af alle trænere i de danske klubber.Adolfo Sormani har tirsdag "
    "aften valgt at sige farvel til Vejle Boldklub. Det siger han til Horsens Folkeblad.AC Horsens vendte "
    "i maj 0-2 til 2-2. Chancen er forduftet for østjyderne.Det er Horsens-lejren bevidst om, og de skal "
    "spille med i nedrykningsspillet.- Nedrykningsspillet bliver hårdt og vildt."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de danske klubber.Adolfo Sormani", "de danske klubber. Adolfo Sormani"),
        ("Horsens Folkeblad.AC Horsens", "Horsens Folkeblad. AC Horsens"),
        ("nedrykningsspillet.- Nedrykningsspillet", "nedrykningsspillet. - Nedrykningsspillet"),
        ("Horsens-lejren.Det er", "Horsens-lejren. Det er"),
        ("Westerosrapport!Men det", "Westerosrapport! Men det"),
        ("(sidste.Østjyderne)", "(sidste. Østjyderne)"),
        # Korean has no capitals (knews-rss--tech.xml, tests/data/unseen/set18: a disability news site's
        # paragraphs joined): a syllable, the end, a syllable
        ("오는 23일까지 모집한다.장애인식개선 서포터즈", "오는 23일까지 모집한다. 장애인식개선 서포터즈"),
        ("활동을 펼치게 된다.장애인식개선과 인권에", "활동을 펼치게 된다. 장애인식개선과 인권에"),
        ("전국에서 상영합니다.각 지역 및 상영관", "전국에서 상영합니다. 각 지역 및 상영관"),  # a word of one syllable
    ],
)
def test_a_sentence_end_glued_to_the_next_sentence_gets_its_space(text, expected):
    assert unglued(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see bold.dk now",
        "www.Example.Com",
        "booking.Com and Booking.com",
        "the core Vue.JS is mine",  # morioh's feed: a library's name
        "Socket.IO rooms",
        "edit your Web.Config first",  # a file's and a namespace's suffix (the review's probe)
        "the Windows.Forms designer and heise.Online news",
        "a/b.Txt",
        "mail x@y.Org",
        "the U.S.A team",
        "e.g.Foo",
        "v1.Beta",
        "call obj.Method() first",
        "os.path.Join",
        "myObj.Run",
        "foo.NewReader",
        "foo.Bar.baz",
        "Bo H.Jensen",  # one-letter side: an initial
        "klokken 17.00",
        "제3.1절 기념식",  # a number's dot
        "www.네이버.com",  # a domain's
        "오늘 서울.경기 지역에 비가",  # two nouns a dot joins ("Seoul and Gyeonggi"), no sentence's end
        "한국.미국 정상회담",
    ],
)
def test_words_that_hold_a_dot_are_left_alone(text):
    assert unglued(text) == text


def test_a_text_without_markup_reads_as_its_sentences():
    for blocks in (html_blocks(BOLD), plain_blocks(BOLD)):
        assert "klubber. Adolfo" in blocks.text
        assert "Folkeblad. AC Horsens" in blocks.text
        assert "østjyderne. Det er" in blocks.text
        assert "nedrykningsspillet. - Nedrykningsspillet" in blocks.text
        assert "klubber. Adolfo" in blocks.lines[0]


def test_html_text_is_left_as_written():
    # Only text without markup: in HTML the paragraphs are elements, a glued "x.Y" is the author's.
    assert "klubber.Adolfo" in html_blocks(f"<p>{BOLD}</p>").text


def test_no_space_before_a_comma_a_full_stop_or_a_full_width_mark():
    """set15 #6: a local paper's scraped feed (rss-epiotrkow--feed.xml) and a podcast's notes (rodel-reader--ld.xml),
    both in tests/data/unseen/set15 without a licence (made-up words in their shape): "…w formule Final Four . W
    pierwszym…", "Jan Kowal , który", "一场大赛 ，结果…夺冠 。" showed the source's space before the mark. French sets
    "; : ! ?" apart: those stay; so do a command's "." and a number's or a name's dot."""
    item = "<p>Mecze rozegrane w formule Final Four . W turnieju zagrał Jan Kowal , który wygrał .</p>"
    assert poll_notes(item)[0].excerpt == (
        "Mecze rozegrane w formule Final Four. W turnieju zagrał Jan Kowal, który wygrał."
    )
    notes = "<p>最近，一场用模型进行实盘交易的大赛 ，结果让人意外：某队大赚夺冠 。而另一队亏得最惨 ？</p>"
    [article] = poll_notes(notes)
    assert article.excerpt == "最近，一场用模型进行实盘交易的大赛，结果让人意外：某队大赚夺冠。而另一队亏得最惨？"
    assert "大赛，结果" in article.lead
    for kept in [
        "Vraiment ? Oui ; et voilà : la fin !",
        "Run git add . to stage it.",
        "Run docker build . -t app now.",
        "It runs on .NET today.",
        "A gap of .5 mm was found.",
        "He paused ... and went on.",
    ]:
        assert unspaced_marks(kept) == kept


def test_no_space_after_a_chinese_or_japanese_sentences_end_in_the_excerpt():
    """ja-aconcavy--feed.rss (tests/data/unseen/set22, F4; github.com/AconCavy/blog feed.rss, MIT): two paragraphs
    were joined "…復習記事です。 記事における…", a space neither script puts after its full stop. A Latin word, a
    headline's phrase after a quotation and Korean keep theirs; the lead a summary reads keeps its spaces."""
    [article] = poll_notes("<p>AtCoder Beginner Contest 350の復習記事です。</p><p>次の問題は全探索で解けます。</p>")
    assert article.excerpt == "AtCoder Beginner Contest 350の復習記事です。次の問題は全探索で解けます。"
    assert "です。\n次の" in article.lead
    assert unspaced_stops("他说：“好了。」 然后？ 是的！ 对。") == "他说：“好了。」然后？是的！对。"
    for kept in ["自定义选项等。 Chrome OS 终端", "「市民として」 落選の弁", "했다. 한국은", "Done. Next one."]:
        assert unspaced_stops(kept) == kept


def poll_notes(markup: str) -> list:
    rss = f"""<rss version="2.0"><channel><title>Show</title><item><title>Ep</title>
      <link>https://show.example/1</link><description><![CDATA[{markup}]]></description></item></channel></rss>"""
    return read_feed(rss.encode(), url="https://show.example/feed", source="S", now=NOW, excerpt_length=300).articles
