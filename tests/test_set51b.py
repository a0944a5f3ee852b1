"""Set 51's finding F4 (/work/unseen51/FINDINGS.md): digest sentences that lean on sentences left out. No file of the
set it names has a licence: made-up words in each item's shape."""

from bot.anaphora import later_question, leans_on, leans_within
from bot.summary import SourceText, summarize


def test_a_sentence_leaning_back_past_its_first_words_comes_only_after_the_one_before():
    """set51 F4: scout-cpu--interconnects-substack.xml (interconnects.ai, github.com/scout-cpu) digest [1], [6], [8]:
    "Now their open model finetuning service…", "…easy marketing wins like this.", "…around those loyal fans.";
    korcasus--read-write-ko.xml (github.com/korcasus) [42] [43] [56] [59] [62]: "관련된 업무를 하다보니…",
    "…acme.sh에서 이러한 회피하여…", "위 링크를 보면…", "해답은 MongoDB Community에서…"; octospacc--sitoctt-blog-it.xml
    (github.com/octospacc) [55]: "Perché cercando sul web non trovo…" after a question."""
    leaning = [
        "Now their cloud tuning shop is making millions per month and they ship the best models in the land.",
        "Recently, he started answering every letter with a poem.",
        "For the past year the big labs have taken every chance they had for cheap wins like this.",
        "The plan is to keep refining the whole shop around those faithful readers.",
        "Ella could not take those remarks lightly.",
        "관련된 일을 하다보니 샤드에 대한 개념을 조금 알고 있었습니다.",
        "새 버전의 도구에서 이러한 문제를 피해서 갱신할 수 있게 되었습니다.",
        "위 링크를 보면, 환경변수를 바꾸면 된다고 합니다.",
        "해답은 커뮤니티 게시판에서 찾을 수 있었습니다.",
        "Users complained loudly about those changes.",  # (a word in another word before it: "exchanges")
        "The team pushed back on those APIs.",
        "아마 그게 다 성능 때문일까요?",
    ]
    assert [s for s in leaning if not leans_within(s)] == []
    standing = [  # near misses: a referent the sentence names itself, what follows, a question, a time, a stomach
        "Ideas find their way to you, and you can make money by investing in those ideas.",
        "Those of you who came early got a seat, and those who did not stood.",
        "Just like all those years ago, the box completes the story.",
        "The result looks like this:",
        "Now it is time to ship the new release to everyone.",
        "Today the team ships a new release to everyone.",
        "멀티 쓰레딩에서는 동시성 문제를 고려해야 하는데, 이러한 문제들을 풀기 위해 여러 방법이 있다.",
        "모델을 테이블로 구현할 수 있는 방법이 3가지가 있는데 JPA는 이러한 3가지 방식을 쓴다.",
        "위 건강을 위해 아침을 챙겨 먹습니다.",
        "Perciò ho scritto questo post.",
    ]
    assert [s for s in standing if leans_within(s)] == []
    asked = [
        "Non è stata pubblicizzata, a quanto pare?",
        "Perché cercando in rete non trovo una sola pagina di annuncio.",
    ]
    assert leans_on(asked, 1)
    assert not leans_on(["Non è stata pubblicizzata, a quanto pare?", "Perché nessuno ne parla?"], 1)
    story = (
        "Merging labs was the path many observers predicted for the near future of model training.",
        "The prime example is Lumen Works, which everyone filed as a closed lab when it opened.",
        "Now their open model tuning service is making millions in revenue and the lab ships open models too.",
    )
    assert "Now their" not in " ".join(summarize([SourceText("Open labs on the frontier", story)], 2))


def test_a_later_question_of_a_list_after_a_colon_leans_on_the_list():
    """set51 F4: octospacc--sitoctt-blog-it.xml (github.com/octospacc) digest [69]: "Quanti soldi avranno speso…? Quali
    conseguenze reali…?" — items 2 and 3 of a flattened list of doubts whose introduction ("…i dubbi … sono diversi:")
    and first item were left out. The first question after the colon, and questions with no colon before them, stand."""
    doubts = (
        "La nuova legge è passata, e i dubbi che abbiamo sono diversi:",
        "Quando entrerà in vigore?",
        "(Spero non proprio adesso.)",
        "Quanto avranno speso i gruppi di pressione?",
        "Quali effetti avrà su noi cittadini?",
        "Il punto che più mi ha colpita è l'obbligo di blocco istantaneo.",
    )
    assert [later_question(doubts, j) for j in range(len(doubts))] == [False, False, False, True, True, False]
    asked = ("Tutti ne parlano.", "Quando entrerà in vigore?", "Quanto costerà a tutti noi?")
    assert not later_question(asked, 2)
    chosen = summarize([SourceText("Che impatto avrà la nuova legge?", doubts)], 3)
    assert "Quanto avranno speso i gruppi di pressione?" not in chosen or doubts[2] in chosen


def test_words_that_name_their_referent_in_the_same_sentence_stand():
    """set51 F4's review (the rules above, on made-up text in the shape of the sentences it found): "those" meaning
    "the people…", "one of those weeks", a dash clause; Spanish/Portuguese "Porque …, <main clause>", Italian "Perché …"
    (so that), a why-heading without "?"; Korean 이러한 after a clause ending of the sentence's own, "…건 … 때문이다";
    "위" before a longer word; a later question of a list that names its own subject."""
    standing = [
        "The council promised more help for those in need.",
        "The new fund will support those affected.",
        "Volunteers handed out food to those waiting.",
        "The city opened six warming shelters for those without homes.",
        "Lawyers met twice with those directly involved.",
        "Nobody asked those now.",
        "It was one of those weeks.",
        "The forum tolerates a lot of lying - should we go along with those lax standards?",
        "Protests grew after the vote, and nobody liked those protests.",
        "서버가 자주 멈추는 문제가 있었는데 이러한 문제를 해결하기 위해 캐시를 도입했다.",
        "정부는 부동산 규제를 강화했고 이러한 정책은 시장에 영향을 주었다.",
        "방법이 3가지가 있는데 JPA는 이러한 3가지 방식을 모두 지원한다.",
        "반도체 매출이 줄어든 건 메모리 반도체 가격 하락 때문이다.",
        "수출이 늘어난 것도 환율 때문이다.",
        "이 팀이 성공할 수 있었던 데는 꾸준한 회고 때문이다.",
        "위 표준 문서는 잘 정리되어 있다.",
    ]
    assert [s for s in standing if leans_within(s)] == []
    assert leans_within("Attendance grew after those tests.")
    assert leans_within(
        "지금은 값이 6개 뿐이지만 수가 늘어날수록 이러한 코드는 읽기 힘들어집니다."
    )  # (concedes: the code before)
    for first, second in [
        ("La final se aplaza?", "Porque la lluvia inundó el estadio, la final de Copa se aplaza una semana."),
        ("E agora?", "Porque o preço do café subiu, as exportações renderam 40% mais."),
        (
            "Il governo ha deciso.",
            "Perché la riforma entri davvero in vigore servono ancora tre decreti del ministero.",
        ),
        ("Cosa cambia per noi?", "Perché Apple ha scelto di abbandonare Intel"),
    ]:
        assert not leans_on([first, second], 1), second
    faq = (
        "The FAQ answers a few questions:",
        "Will my code still compile?",
        "Will Rust 2.0 drop support for embedded developers on small targets?",
        "Will the old compiler keep working on small targets?",
        "Will the suggested GPU models work with Ubuntu 24.04?",
    )
    assert [later_question(faq, j) for j in range(len(faq))] == [False, False, False, True, True]
    storm = (
        "A winter storm dropped 40 centimetres of snow on the city overnight.",
        "Schools and offices were closed on Monday.",
        "The city opened six warming shelters for those without homes.",
        "Forecasters expect more snow on Wednesday.",
    )
    assert storm[2] in summarize([SourceText("Winter storm", storm)], 2)
