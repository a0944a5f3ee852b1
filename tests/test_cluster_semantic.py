"""The rewording rule (bot/similarity.py through bot/cluster.py) on the labelled
pairs, with the real clustering function: precision and recall pinned, the model
loaded from the wheel with no network, facts that keep stories apart."""

import json
import socket
from datetime import timedelta
from pathlib import Path

import pytest

from bot import similarity, wordvectors
from bot.cluster import SAME_MEANING, cluster
from bot.models import Article, StoredArticle
from tests.builders import T0


def stored(n: int, *, feed: str, title: str, excerpt: str = "", hours_ago: float = 1, link: str = "") -> StoredArticle:
    published = T0 - timedelta(hours=hours_ago)
    article = Article(uid=f"{feed}-{n}", link=link or f"https://news.example/{n}", title=title, excerpt=excerpt,
                      published=published, source=feed)  # fmt: skip
    return StoredArticle(id=n, feed=feed, article=article, first_seen=published, backfill=False)


PAIRS = json.loads((Path(__file__).parent / "data" / "cluster_pairs.json").read_text())["pairs"]


def clustered_together(pair: dict) -> bool:
    """The pair as two feeds' articles an hour apart, through cluster()."""
    a = stored(1, feed="Outlet A", title=pair["a"], excerpt=pair.get("a_text", ""), hours_ago=2,
               link="https://a.example/1")  # fmt: skip
    b = stored(2, feed="Outlet B", title=pair["b"], excerpt=pair.get("b_text", ""), hours_ago=1,
               link="https://b.example/2")  # fmt: skip
    return len(cluster([a, b], semantic=True)) == 1


def precision_recall(split: str) -> tuple[float, float, int, int]:
    tp = fp = fn = 0
    for pair in (p for p in PAIRS if p["split"] == split):
        said = clustered_together(pair)
        tp += said and pair["same"]
        fp += said and not pair["same"]
        fn += not said and pair["same"]
    return tp / (tp + fp), tp / (tp + fn), tp, fp


def test_the_labelled_set_is_big_enough_and_split_by_story():
    assert len(PAIRS) >= 300
    groups: dict[str, set[str]] = {}
    for p in PAIRS:
        if "group" in p:
            groups.setdefault(p["group"], set()).add(p["split"])
    assert len(groups) >= 60 and all(len(splits) == 1 for splits in groups.values())
    assert sum(not p["same"] for p in PAIRS) >= 150  # hard negatives among them


def test_precision_and_recall_on_the_tuning_pairs():
    """The weights were fitted and the threshold chosen on the first 615 of these
    (210 same story; recall 0.495 there); the tuning split has grown since with
    held-out sets whose mistakes were read (999 pairs, 370 same story): precision
    0.993, recall 0.381 (141 of 370) when the h4- set joined it."""
    precision, recall, tp, fp = precision_recall("tune")
    assert precision >= 0.98 and recall >= 0.38, (precision, recall, tp, fp)


def test_precision_and_recall_on_held_out_pairs():
    """Held-out pairs (206, 103 same story: the h5- set, 183 pairs written blind
    by a helper that saw neither the rules nor the other pairs, and the 23 first
    headline-only pairs), measured with the real clustering function. When the
    h5- set was first run (with the release rule and rounded figures, 4th round):
    precision 0.909 (20 merges, 2 wrong: "Ingenuity ends mission" / "Ingenuity's
    first flight", "ECB cuts again" / "ECB's first cut since 2019"), recall 0.194;
    on h5- alone 0.818 / 0.102 (the rules before that round: 0.800 / 0.091).
    Issue 16's targets are precision >= 0.98 AND recall >= 0.85: NEITHER is met on
    text written blind; static word embeddings (and, tried aside, all-MiniLM-L6-v2
    sentence embeddings) cannot tell "same story, other words" from "same names,
    another event" (bench/README.md "Clustering on blind pairs"). These floors
    stop it getting worse; they are not targets."""
    precision, recall, tp, fp = precision_recall("heldout")
    assert precision >= 0.9 and recall >= 0.19, (precision, recall, tp, fp)


def test_rewording_is_one_story_and_says_why():
    a = stored(1, feed="Outlet A", title="Meta's LLaMA model leaks online", hours_ago=3,
               excerpt="The weights of Meta's LLaMA large language model, released to researchers on request, "
                       "were posted as a torrent on 4chan a week after the announcement.")  # fmt: skip
    b = stored(2, feed="Outlet B", title="Meta's restricted AI model LLaMA spreads after 4chan leak", hours_ago=2,
               excerpt="A torrent of LLaMA's weights posted on 4chan has made Meta's research-only language "
                       "model freely downloadable.")  # fmt: skip
    [story] = cluster([a, b], semantic=True)
    [match] = story.matches
    assert story.reason == SAME_MEANING and match.rule == SAME_MEANING
    assert (match.first, match.second) == (1, 2) and match.score >= similarity.THRESHOLD
    assert "meaning" in match.detail
    assert len(cluster([a, b], semantic=False)) == 2


@pytest.mark.parametrize(
    ("title_a", "title_b", "why"),
    [
        (
            "Microsoft November 2024 Patch Tuesday fixes 89 flaws",
            "Microsoft December 2024 Patch Tuesday fixes 71 flaws",
            "numbers",
        ),
        (
            "Halvard SecureGate flaw CVE-2026-41873 exploited in attacks",
            "Halvard SecureGate flaw CVE-2026-42210 exploited in attacks",
            "CVE ids",
        ),
        (
            "Python 3.13.1 is now available with many fixes",
            "Python 3.13.2 is now available with many fixes",
            "versions",
        ),
    ],
)
def test_facts_keep_alike_stories_apart(title_a, title_b, why):
    excerpt = (
        "The release fixes bugs in the interpreter, the standard library and the build, the maintainers said today."
    )
    a, b = similarity.read(title_a, excerpt), similarity.read(title_b, excerpt)
    judgement = similarity.judge(a, b, meaning=0.99, aligned=1.0)
    assert not judgement.same and judgement.conflict.startswith(why)
    assert (
        len(
            cluster(
                [
                    stored(1, feed="A", title=title_a, excerpt=excerpt),
                    stored(2, feed="B", title=title_b, excerpt=excerpt),
                ],
                semantic=True,
            )
        )
        == 2
    )


@pytest.mark.parametrize(("title_a", "title_b", "apart"), [
    ("23andMe says hackers stole data of 6.9 million users", "Nearly 7 million 23andMe users hit by data breach", False),
    ("EU fines Apple €1.8bn over music streaming", "Apple fined €1.84 billion by the European Commission", False),
    ("Parcelon breach affects 12.4 million customers", "Parcelon leaked 12 million customer records", False),
    # Not rounded: versions, rates, counts of one precision.
    ("Bank of England cuts interest rates to 5%", "Bank of England holds interest rates at 5.25%", True),
    ("Debian 12 Bookworm released", "Debian 12.1 released with fixes for Bookworm", True),
    ("Chrome 131 fixes a zero-day exploited in the wild", "Chrome 132 fixes a zero-day exploited in the wild", True),
    ("Breach exposes 4.2 million records", "Breach exposes 4.3 million records", True),
    # (the review's: another magnitude; half rounds up, as people round; a figure told in billions is no version)
    ("Hackers stole data of 6.9 million users", "Hackers stole data of 7 billion users", True),
    ("Startup raises $2 million", "Startup raises $2.4 billion", True),
    ("Breach hits 4.5 million users", "Breach hits 4 million users", True),
    ("Breach hits 4.5 million users", "Breach hits 5 million users", False),
    ("EU fines Apple 1.8 billion euros", "Apple fined 1.84 billion euros by EU", False),
])  # fmt: skip
def test_a_rounded_figure_is_the_same_figure(title_a, title_b, apart):
    """ "6.9 million" / "nearly 7 million" state one figure, one of them rounded:
    no conflict of numbers. Figures without a magnitude (rates, versions) or of
    one precision still keep two stories apart."""
    excerpt = "The company said the figure came from its own review, published on Tuesday."
    found = similarity.conflict(similarity.read(title_a, excerpt), similarity.read(title_b, excerpt))
    assert bool(found) == apart, found


def test_aligned_words_score_rewording_above_another_event():
    """align: each side's words find a counterpart in the other; the lower side
    counts, so a text about something else scores lower."""
    vectors = wordvectors.WordVectors()
    same_a = similarity.read("Suspect in Snowflake hacking spree arrested", "Police detained the man on Monday.")
    same_b = similarity.read("Snowflake hacking suspect detained by police", "The suspect was arrested Monday.")
    other = similarity.read("Snowflake shares jump after strong quarterly earnings", "Revenue rose on AI demand.")
    rows = {t: vectors.words(t.content) for t in (same_a, same_b, other)}
    assert similarity.align(rows[same_a], rows[same_b]) > similarity.align(rows[same_a], rows[other])
    assert similarity.align(rows[same_a], rows[same_a]) == pytest.approx(1.0, abs=1e-5)
    assert similarity.align(rows[same_a], vectors.words(())) == 0.0


def test_bare_headlines_are_left_to_the_strict_rules():
    a, b = similarity.read("Weekly roundup", ""), similarity.read("Weekly roundup", "")
    assert similarity.judge(a, b, meaning=1.0, aligned=1.0).conflict == "too few words to judge"


def test_the_model_loads_from_the_wheel_without_network(monkeypatch, tmp_path):
    """WordVectors reads the weights and tokenizer shipped in the wordllama wheel:
    no socket is opened, nothing is written to a cache directory."""

    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("HOME", str(tmp_path))
    rows = wordvectors.WordVectors().embed(["Apple releases iOS 18.2", "Apple ships iOS 18.2"])
    assert rows.shape == (2, 256) and float(rows[0] @ rows[1]) > 0.5
    assert list(tmp_path.iterdir()) == []


def test_importing_the_cli_loads_neither_numpy_nor_wordllama():
    import subprocess
    import sys

    code = "import sys, bot.cli, bot.cluster, bot.digest; print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'wordllama', 'tokenizers')))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent.parent
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_three_hundred_articles_cluster_well_under_a_second():
    import time

    articles = []
    for k, pair in enumerate(p for p in PAIRS if "group" in p):
        if len(articles) >= 300:
            break
        for side, n in (("a", 2 * k), ("b", 2 * k + 1)):
            articles.append(stored(n, feed=f"Feed {n % 7}", title=pair[side], excerpt=pair.get(f"{side}_text", ""),
                                   hours_ago=(n % 40) / 2, link=f"https://news.example/{n}"))  # fmt: skip
    articles = articles[:300]
    vectors = wordvectors.WordVectors()
    vectors.embed(["loaded once, as a running bot has it"])
    similarity.read.cache_clear()
    start = time.perf_counter()
    cluster(articles, window=timedelta(hours=48), semantic=True, vectors=vectors)  # every text read and embedded
    assert time.perf_counter() - start < 1.0
