"""set36 F10, F11 and set37 F2 (/work/unseen36/FINDINGS.md, /work/unseen37/FINDINGS.md): the digest's summary read a
promo or a credit the feed repeats, a sentence whose antecedent it left out, and opened on a Korean, Japanese or
Chinese demonstrative. No licence found for those feeds: made-up words in their shape."""

from datetime import UTC, datetime

from bot.discourse import leans_back
from bot.normalize import read_feed
from bot.usable import usable

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_korean_japanese_and_chinese_demonstratives_lean_back():
    """set37 F2: ailifestudio--rss.xml: the summary opened "GenSpark는 이러한 고민을 해결하기 위해…" ("these
    worries", told before); "이 강력한 기능은…" likewise. Not "이 글에서는…" ("in this post"), "이번…"."""
    assert leans_back("이러한 문제를 풀기 위해 새로운 도구가 나왔습니다.")
    assert leans_back("NoteMaker는 이러한 불편을 덜기 위해 만들어진 앱입니다.")
    assert leans_back("이 편리한 기능은 업무 방식을 바꿀 것입니다.")
    assert not leans_back("이 글에서는 새로운 도구를 소개합니다.")
    assert not leans_back("이번 주에는 새로운 도구를 소개합니다.")
    assert leans_back("この機能はとても便利です。") and not leans_back("この記事では新しい道具を紹介します。")
    assert leans_back("这个问题其实很常见。") and not leans_back("这个周末我去了海边。")


def test_a_sentence_whose_antecedent_was_left_out_leans_back():
    """set36 F11: pythonbrasil--planet.xml, "2023 was a productive year": "One of them is the world's most famous…"
    without "…three of their biggest clients"; "My 2024 Setup": "As can be seen, I am using…" without its list."""
    assert leans_back("One of them is the largest shoe brand in the country.")
    assert leans_back("As can be seen, I am using a search engine without ads.")
    assert leans_back("As you can see, the build is green again.")
    assert not leans_back("One of the best tools for this is a plain text editor.")
    assert not leans_back("As you know, the build is green again.")


def test_a_credit_or_a_licence_is_no_summary_sentence():
    """set36 F10: postgresqlfr--planete.postgresql.fr.xml: the summary was "… les nouvelles hebdomadaires vous sont
    offertes cette semaine par David Fetter. Traduction par l'équipe PostgreSQLFr sous licence CC BY-NC-SA."."""
    assert not usable("Les nouvelles du jardin vous sont offertes cette semaine par Jeanne Martin.")
    assert not usable("Traduction par l'équipe du club sous licence CC BY-NC-SA.")
    assert not usable("This newsletter is brought to you by the garden club.")
    assert usable("The council granted the garden club a licence to sell plants on Sundays.")


def test_a_long_paragraph_in_three_entries_is_not_read_by_the_summary():
    """set36 F10: infosecfeedsorg--infosecfeedsorg.xml: three episodes of sixty end with "…also announces our
    course… A 6 week course starting with the basics of powershell…": the digest's summary read it in each."""
    promo = (
        "The show also announces our gardening class with Jane Roe. A 6 week course starting with the basics of "
        "compost, and goes into discussion of soils too. It starts on 10 July and runs each Monday evening."
    )
    items = ""
    for n in range(12):
        extra = f"&lt;p&gt;{promo}&lt;/p&gt;" if n < 3 else ""
        items += (
            f"<item><title>Episode {n}: tomatoes and friends</title><link>https://pod.example/{n}</link>"
            f"<pubDate>Mon, {n + 1:02d} Jul 2017 10:00:00 +0000</pubDate><description>&lt;p&gt;This week we talk "
            f"about tomato number {n}, which grows in the shade of the old oak.&lt;/p&gt;{extra}</description></item>"
        )
    doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    articles = read_feed(doc.encode(), url="https://pod.example/rss", source="T", now=NOW, excerpt_length=300).articles
    assert len(articles) == 12
    assert all("6 week course" not in a.lead for a in articles)


def test_an_addresss_query_is_no_sentence_end():
    """set36's re-read: infosecfeedsorg's show notes ("#iTunes Store Link: https://itunes.apple.com/…/id799131292?mt=2",
    no licence found: made-up words in its shape) gave a summary sentence ending "…id799131292?": pysbd ended one at
    the query's "?". A question after an address still ends there."""
    from bot.sentences import split_sentences

    link = "#iTunes Store Link: https://itunes.apple.com/us/podcast/id799131292?mt=2 and more."
    assert split_sentences(f"Listen now. {link} Next one.") == ["Listen now.", link, "Next one."]
    assert split_sentences("Is it at https://example.com/? Yes it is.") == [
        "Is it at https://example.com/?",
        "Yes it is.",
    ]


def test_an_address_runs_on_only_over_its_own_characters():
    """The address rule's review: Chinese puts no space after an address, and a sentence ending in "!" after it is
    its own; an exception's message of the writer's is no trace in any language; "на" + a region is no site."""
    from bot.codeblocks import is_trace
    from bot.sentences import split_sentences

    cjk = "详见https://example.cn/a，欢迎试用!接下来我们看第二部分。最后一句。"
    assert split_sentences(cjk) == ["详见https://example.cn/a，欢迎试用!", "接下来我们看第二部分。", "最后一句。"]
    assert not is_trace("java.lang.OutOfMemoryError: Java heap space — это ошибка, с которой сталкиваются многие.")
    assert is_trace("java.lang.OutOfMemoryError: Java heap space")
