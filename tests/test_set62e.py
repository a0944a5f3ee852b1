"""Set 62's F13 and set 63's F12 (tests/data/unseen/set62/FINDINGS.md; /work/unseen63/FINDINGS.md), and set12's note:
a Chinese or Japanese digest entry ran to seven or eight sentences, 600 columns and more, because the excerpt's limit
and the summary's budget counted characters, and a wide character takes two columns (an HKUST lab's Chinese feed, an
Istio community blog, a Japanese personal blog). They count columns now; and a shorter Japanese excerpt that would end
on "サマリーとしては以下です。" ("the summary is as follows.") leaves that sentence out, as it does "以下の通り。".
Made-up text."""

from __future__ import annotations

from bot.excerpt import make_excerpt
from bot.summary import SourceText, summarize
from bot.wrapping import characters_in, columns

_CHINESE = (
    "我们与本市第一医院建立了合作关系，共同研究人工智能在医学影像领域的应用。",
    "合作内容涵盖了影像数据的标注、基准测试的构建以及多模态模型的开发。",
    "双方团队在过去半年里进行了密切的交流，对数据标注方式展开了详细的讨论。",
    "这些工作确保了基准测试的准确性和可靠性，也为后续的临床研究打下了基础。",
    "明年双方还将联合举办一次研讨会，邀请更多的医院和研究机构参加交流。",
    "研讨会的具体时间和地点将在确定以后另行通知，欢迎感兴趣的同行关注。",
)


def test_the_excerpt_limit_counts_columns() -> None:
    text = "".join(_CHINESE)
    excerpt = make_excerpt(text, 300)
    assert columns(excerpt) <= 300 and excerpt.endswith("。") and text.startswith(excerpt)
    assert len(excerpt) >= 100  # (whole sentences up to about 150 characters: not cut short)
    english = "The council met on Monday to discuss the new harbour plan, which has been delayed twice. " * 6
    assert len(make_excerpt(english, 300)) > 200  # (Latin text: as many characters as columns, as before)


def test_characters_in_follows_the_mix_of_the_text() -> None:
    assert characters_in("abc " * 200, 300) == 300
    assert characters_in("中文" * 300, 300) == 150
    assert 150 < characters_in("中文 text " * 100, 300) < 300


def test_a_chinese_summary_stays_within_the_columns_of_an_english_one() -> None:
    long = tuple(sentence * 2 for sentence in _CHINESE[:4])  # (about 70 characters, 140 columns, each)
    summary = summarize([SourceText("医院与实验室合作研究人工智能医学影像", long)], 3)
    assert summary and sum(columns(s) + 1 for s in summary) <= 600 + 1, summary


def test_a_japanese_sentence_saying_what_follows_does_not_end_the_excerpt() -> None:
    lead = "今回はセキュリティチームで半年かけて取り組んできた依存パッケージの警告の削減についてお話しします。"
    text = (
        lead
        + "サマリーとしては以下です。\n• 毎日のトリアージ\n• 担当チームへの移譲\n• 警告の継続的な監視と自動化の仕組みの整備"
        * 3
    )
    assert make_excerpt(text, 120) == lead
    kept = "このイベントには誰でも参加できます。対象は18歳以下になります。"  # (a limit, not "the following")
    assert make_excerpt(kept, 300) == kept
