"""Set 69 (/work/unseen69a/FINDINGS.md F3, F6, F8; /work/unseen69b/FINDINGS.md F8, F9): a whole last sentence without
a stop read as cut (bot/unstopped.py), a quote's attribution line as the excerpt (bot/quoteattributions.py), a Korean
indirect question's "?", Haskell's composition dot and a quotation's reporting clause read as sentence ends
(bot/runonmarks.py). Made-up text in the feeds' shapes."""

from bot.runonmarks import korean_question_inside
from bot.sentences import split_sentences
from bot.unstopped import ends_unstopped, goes_on_after_remark
from tests.builders import excerpt

_SHARED = (
    "<p>작년에 크롬 확장 프로그램을 하나 만들어서 스토어에 올렸고, 블로그에도 만드는 과정을 정리해서 공유를 했었다.</p>"
)


def test_a_korean_final_ending_ends_the_block():
    """Set 69a F3 (071yoon--blog.xml, repository 071yoon/071yoon.github.io, in /work/unseen69a/feeds): a paragraph
    that ends in a final verb ending without a stop ("…정리를 해보자고 한다") before a heading, and one that ends in a
    remark in brackets after its stop ("…남기는 후기. (AKA 토끼책)"), were shown with "…"; the second kept the next
    paragraph out though it fitted. A connective ending ("…공부하고") or a noun stays open."""
    intro = (
        "<p>평소에 SELECT, INSERT 등 일반적인 문법만 사용하였는데 일을 하면서 다양한 문법들을 마주하고 공부하고 "
        "필요함이 느껴져 조금이나마 정리를 해보자고 한다</p><h2>COALESCE</h2><p>COALESCE 함수는 NULL 이 아닌 첫 번째 "
        "값을 돌려준다. 자주 쓰는 함수라서 먼저 정리한다.</p>"
    )
    assert excerpt(intro).endswith("정리를 해보자고 한다"), excerpt(intro)
    review = (
        "<p>약 2년전에 사두고 시간이 없다는 핑계로 읽지 않았던 책을 이제야 읽게 되어 남기는 후기. (AKA 토끼책)</p>"
        "<p>워낙 유명한 책인탓에, 내용을 정리한 글은 정말 많기에, 읽으면서 느꼈던 나의 생각을 정리해보려고 한다.</p>"
    )
    assert excerpt(review).endswith("생각을 정리해보려고 한다."), excerpt(review)
    assert "…" not in excerpt(review)
    connective = intro.replace("정리를 해보자고 한다</p>", "정리를 해보면서 공부하고</p>")
    assert excerpt(connective).endswith("…"), excerpt(connective)
    assert not ends_unstopped("오늘 다녀온 곳은 푸른 바다와 하얀 모래가 있는 제주")
    assert not ends_unstopped("The harbour closed at noon. (Photo: AP)")
    assert goes_on_after_remark("…남기는 후기. (AKA 토끼책)", "워낙 유명한 책인탓에, 정리해보려고 한다.")
    # (clfeedparser--nessus-plugins.xml in tests/data/unseen/set13: a changelog's line and its author's credit)
    assert not goes_on_after_remark("- Upgraded crypt_blowfish to version 1.3. (Leigh)", "- Fixed bug #60704.")
    assert not goes_on_after_remark(
        "…まーいいかフォー！（とどのつまり、言いたいらしい）", "年末年始なんて全く関係ない。"
    )


def test_a_korean_indirect_question_goes_on():
    """Set 69a F8 (071yoon--blog.xml, repository 071yoon/071yoon.github.io, in /work/unseen69a/feeds): "그냥 extension 이
    잘 살아있는지? 사람들은 잘 쓰고 있는지 궁금해서 … 봤었다." is one sentence; the excerpt stopped at "…살아있는지?".
    A tag question ("…알지?", "…맞지?") and a "?" before another question end theirs."""
    story = (
        "<p>그러던 어느날, 그냥 extension 이 잘 살아있는지? 사람들은 잘 쓰고 있는지 궁금해서 Web Extension Console 에 "
        "들어가서 한번 통계를 살펴 봤었다.</p><p>생각보다 많은 사람들이 쓰고 있었다.</p>"
    )
    shown = excerpt(_SHARED + story, limit=160)
    assert not shown.endswith("살아있는지?"), shown
    line = "그냥 extension 이 잘 살아있는지? 사람들은 잘 쓰고 있는지 궁금해서 콘솔에 들어가서 통계를 살펴 봤었다."
    assert split_sentences(line) == [line]
    assert len(split_sentences("이 정도면 다들 알지? 다음 글에서는 배포하는 방법을 정리해 보겠다.")) == 2
    assert not korean_question_inside("잘 되는지?", "그럼 누가 쓰고 있을까? 궁금했다.")
    assert korean_question_inside("잘 되는지?", "사람들은 잘 쓰고 있는지 궁금해서 봤었다.")


def test_a_haskell_operator_is_no_full_stop():
    """Set 69b F8 (haskell security advisories' feed, HSEC-2026-0007, in /work/unseen69b/feeds): "…which computes
    <code>fromRational . toRational</code>." ended its sentence at "fromRational ."; a sentence that ends with a dot
    after a space before a capital ("…the end . Next…") still ends."""
    text = (
        "The value bypasses the check and flows into realToFrac, which computes fromRational . toRational. "
        "For such a large negative exponent, the computation takes a long time."
    )
    assert split_sentences(text)[0].endswith("fromRational . toRational."), split_sentences(text)
    assert len(split_sentences("We went home early that day . Next morning we left again.")) == 2


def test_a_reporting_clause_stays_with_its_quote():
    """Set 69b F9 (a recipe blog's content:encoded, recipes #3, in /work/unseen69b/feeds): "“I’ll throw something quick
    together”&nbsp;I thought." was split after the quote and "I thought." dropped from the summary. A title in quotes
    before a new sentence ("…his new book “Dune”. It sold…") is not joined."""
    text = (
        "I spent the days planning lunch for Christmas day, with little thought given to Christmas eve. "
        "“I’ll throw something quick together”\u00a0I thought. Christmas eve night arrives and I am tired."
    )
    sentences = split_sentences(text)
    assert "“I’ll throw something quick together”\u00a0I thought." in sentences, sentences
    title = "He talked about his new book “Dune”. It sold well in the first week after the launch."
    assert len(split_sentences(title)) == 2


def test_a_quotes_attribution_goes_with_it():
    """Set 69a F6 (semfealumni--announcements.xml, repository semfealumni/semfealumni.github.io, in
    /work/unseen69a/feeds): a quoted invitation left out for the post's own words, then its attribution line
    ("— Αντιπροσωπεία του Τ.Ε.Ε. (η πρόσκληση, …)") was the whole excerpt. It goes with the quote; the post's next
    paragraph leads. A quote that fits stays with its attribution."""
    quote = (
        "<blockquote><p>Ρύθμιση εκκρεμοτήτων σχετικά με την ένταξη των αποφοίτων της Σχολής Εφαρμοσμένων Μαθηματικών "
        "και Φυσικών Επιστημών (ΣΕΜΦΕ) του ΕΜΠ σε βασική ειδικότητα (σε εκτέλεση προηγούμενων αποφάσεων)</p>"
        "<p>Η συνεδρίαση θα πραγματοποιηθεί το Σάββατο 15 Φεβρουαρίου 2025 και ώρα 10:00 στο ξενοδοχείο, Μεγάλου "
        "Αλεξάνδρου 2</p></blockquote>"
    )
    credit = (
        "<p>— <a href='https://web.archive.org/x'>Αντιπροσωπεία του Τ.Ε.Ε.</a> (η πρόσκληση, όπως φυλάσσεται στο "
        "Internet Archive: η αρχική σελίδα δεν υπάρχει πια)</p>"
    )
    own = (
        "<p>Ο Σύλλογος καλεί τα μέλη να είμαστε εκεί και σύσσωμοι να πετύχουμε τη νέα ειδικότητα του Μηχανικού "
        "Εφαρμοσμένων Μαθηματικών &amp; Φυσικής, που θα ανοίξει νέους ορίζοντες για όλους εμάς, μετά από 25 έτη.</p>"
    )
    assert excerpt(quote + credit + own).startswith("Ο Σύλλογος καλεί"), excerpt(quote + credit + own)
    short = "<blockquote><p>“We will not close the station,” the mayor said on Monday.</p></blockquote>"
    kept = excerpt(short + "<p>— Jo Roe</p><p>The council met for four hours before it voted.</p>")
    assert "mayor said" in kept, kept
