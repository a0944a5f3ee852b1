"""Set 51's finding F4 (/work/unseen51/FINDINGS.md): digest sentences that lean on sentences left out. No file of the
set it names has a licence: made-up words in each item's shape."""

from bot.anaphora import later_question, leans_within
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
        "Perché cercando in rete non trovo una sola pagina di annuncio.",
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
        "Perché nessuno ne parla?",
        "Perciò ho scritto questo post.",
    ]
    assert [s for s in standing if leans_within(s)] == []
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
