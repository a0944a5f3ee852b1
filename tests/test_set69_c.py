"""Set 69 (/work/unseen69a/FINDINGS.md F3, F6, F8; /work/unseen69b/FINDINGS.md F8, F9): a whole last sentence without
a stop read as cut (bot/unstopped.py), a quote's attribution line as the excerpt (bot/quoteattributions.py), a Korean
indirect question's "?", Haskell's composition dot and a quotation's reporting clause read as sentence ends
(bot/runonmarks.py). Made-up text in the feeds' shapes."""

from bot.quoteattributions import after_quotes, is_attribution
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
    # (rev69c F3: "-(으)ㄹ지?" before the wondering; a question put to the reader, a tag question before an "if")
    assert split_sentences("어떻게 할지? 고민하다가 결국 직접 만들어 보기로 했다.") == [
        "어떻게 할지? 고민하다가 결국 직접 만들어 보기로 했다."
    ]
    assert len(split_sentences("이 정도면 다들 알지? 모르면 앞의 글을 다시 읽어 보세요.")) == 2


def test_a_question_put_to_the_reader_ends_its_sentence():
    """rev69c F3 (made up, in a Korean blog post's shape, as 071yoon--blog.xml in /work/unseen69a/feeds): a post that
    opens on a question it answers next ("이 기능이 왜 필요한지? 이 글에서는 그 이유를…") was one sentence, and the
    excerpt was cut mid-sentence where it ended whole. No word of wondering follows: the "?" ends its sentence."""
    for question, answer in (
        ("이 기능이 왜 필요한지?", "이 글에서는 그 이유를 세 가지로 정리해 보겠다."),
        ("그럼 무엇을 먼저 공부해야 하는지?", "저는 자료구조부터 시작하는 것을 추천합니다."),
        ("이게 무슨 뜻인지?", "아래 예제를 보면 바로 이해가 될 것이다."),
    ):
        assert split_sentences(f"{question} {answer}") == [question, answer]
    post = "<p>이 기능이 왜 필요한지? 이 글에서는 그 이유를 세 가지로 나누어 자세히 정리해 보겠다. 첫째, 배포가 빨라진다.</p>"
    assert excerpt(post, limit=40) == "이 기능이 왜 필요한지?", excerpt(post, limit=40)


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
    # (rev69c F2: a product's name in camelCase is no code's: the spaced dot after it ends the sentence)
    for before, after in (
        ("Das Update kommt heute auf das iPhone .", "iOS 18 bringt neue Funktionen für alle."),
        ("I sold it all on eBay .", "eBay fees were higher than expected this year."),
        ("Apple updated macOS .", "watchOS got the same fix a week later."),
    ):
        assert split_sentences(f"{before} {after}") == [before, after]
    assert len(split_sentences("It returns to_list . from_list. Then it stops after the first pass.")) == 2


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
    # (rev69c F1: a quote that ends its own sentence with a full stop, American style, before a short sentence)
    for quoted, then in (
        ("She told me to “be patient.”", "I thought about it."),
        ("The sign read “Closed for the season.”", "We said goodbye."),
        ("He called the plan “a disaster.”", "He said so twice."),
    ):
        assert split_sentences(f"{quoted} {then} The day went on.") == [quoted, then, "The day went on."]
    asked = "“Is anyone there?” I asked. Nobody answered the door."
    assert split_sentences(asked)[0] == "“Is anyone there?” I asked.", split_sentences(asked)


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


def test_a_dashed_reply_after_a_quote_is_the_posts_own():
    """rev69c F4 (made up, in semfealumni--announcements.xml's shape, /work/unseen69a/feeds): the post's own short
    reply after a quote, written after a dash as dialogue and replies are ("— Two years is far too long.", "— А что
    будет с паромом? Ни слова."), was taken for the quote's credit and left out with it. It is the answer."""
    quote = (
        "<blockquote><p>The council will review the zoning rules for the whole eastern district over the next two "
        "years with public hearings in every neighbourhood and a final vote planned for the spring of 2027 at the "
        "earliest</p><p>Residents may send written comments to the planning office until the end of March and all "
        "comments will be published online</p></blockquote>"
    )
    own = (
        "<p>We will send our comments in February, and we invite every member of the association to add theirs "
        "before the office closes the consultation at the end of March.</p>"
    )
    for reply in ("— Two years is far too long.", "— Not a word about the ferry, again."):
        shown = excerpt(f"{quote}<p>{reply}</p>{own}")
        assert shown.endswith(reply), shown
    russian = (
        "<blockquote><p>Правительство рассмотрит новые правила застройки восточного района в течение двух лет с "
        "публичными слушаниями в каждом квартале и окончательным голосованием не раньше весны 2027 года</p>"
        "</blockquote><p>— А что будет с паромом? Ни слова.</p><p>Мы отправим наши замечания в феврале и приглашаем "
        "всех членов ассоциации присоединиться до конца консультаций в марте этого года.</p>"
    )
    assert excerpt(russian).endswith("— А что будет с паромом? Ни слова."), excerpt(russian)
    assert is_attribution("— Ursula K. Le Guin, The Dispossessed")
    assert is_attribution("— 村上春樹")
    # (rev69c's health: one attribution line after a quote, as quotes.py's _answer_at skips)
    lines = ["A quoted line.", "— Jo Roe", "— Al Poe", "The post's own line."]
    assert after_quotes(lines, [True, False, False, False]) == [False, True, True, False]


def test_a_remark_pointing_elsewhere_lets_no_block_in():
    """rev69c F5 (made up, a bilingual club's news post): "(English below)" after a paragraph says a translation
    follows; the excerpt ran on into it. A remark that points elsewhere in the post stops the excerpt as before."""
    french = (
        "<p>Le club sera fermé du 24 décembre au 2 janvier. Bonnes fêtes à toutes et à tous. (English below)</p>"
        "<p>The club will be closed from December 24 to January 2. Happy holidays to all of you.</p>"
    )
    assert "The club will be closed" not in excerpt(french), excerpt(french)
    german = (
        "<p>Die Anmeldung für den Kurs ist ab sofort geöffnet. (English version below)</p>"
        "<p>Registration for the course is now open.</p>"
    )
    assert "Registration" not in excerpt(german), excerpt(german)
    assert not goes_on_after_remark("…ouvert. (voir plus bas)", "Les horaires changent en janvier.")


def test_a_korean_noun_in_da_or_yo_leaves_the_block_open():
    """rev69c F7 (made up, in 071yoon--blog.xml's shape, /work/unseen69a/feeds): a block that ends in a noun in 다 or
    요 ("…바로 캐나다" over a list, "…알아야 할 것이 필요" before a heading) lost its "…"; a verb's ending keeps none."""
    canada = (
        "<p>이번 여름 휴가로 가족과 함께 다녀온 곳은 바로 캐나다</p><ul><li>밴쿠버</li><li>토론토</li></ul>"
        "<p>첫날은 밴쿠버에서 시작했다.</p>"
    )
    assert excerpt(canada).endswith("캐나다…"), excerpt(canada)
    need = "<p>이 프로젝트를 시작하기 위해 먼저 알아야 할 것이 필요</p><h2>설치</h2><p>먼저 패키지를 설치한다.</p>"
    assert excerpt(need).endswith("필요…"), excerpt(need)
    for noun in ("바다", "중요", "주요", "수요"):
        assert not ends_unstopped(f"오늘 적어 둘 것은 정말 {noun}")
    for verb in ("한다", "좋았습니다", "좋아요", "맛있다", "좋다", "어렵다", "봐요", "하지요"):
        assert ends_unstopped(f"오늘 적어 둘 것은 정말 {verb}")
