"""One vulnerability, one story: articles from two feeds about the same CVE id (bot/cluster.py).

A security team reads the same flaw told by a vendor's advisory, a news site
and a researcher's write-up ("Halvard SecureGate flaw CVE-2026-41873 under
active exploitation" / "OAB-2026-0147: … (CVE-2026-41873) – exploitation
confirmed" / "QUIETLATCH: an implant on exploited SecureGate appliances
(CVE-2026-41873)"): worded too differently for the headline and rewording
rules, one entry with every source is what the digest should show. Each of the
26 labelled pairs of tests/data/cluster_pairs.json whose two articles name one
CVE id is one story.

Two articles of two feeds within the window are one story when they name a CVE
id in common (in headline, excerpt or tags) and at least one of them names it
in its headline: the flaw is what that article is about, not a mention in
passing ("the group behind last year's CVE-2023-4966 attacks is back").
An article that names more than MAX_IDS ids is a roundup ("Patch Tuesday fixes
CVE-…, CVE-…, CVE-…") and joins nothing by this rule: through it, every story of
the month would chain into one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from .cvetext import cve_ids
from .models import Article

MAX_IDS = 2


def named_ids(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """The CVE ids an article names (headline, excerpt, tags) and those of its headline alone."""
    headline = frozenset(cve_ids(article.title))
    tagged = [t for t in article.tags if t[:4].upper() == "CVE-"]
    return headline | frozenset(cve_ids(article.excerpt, *tagged)), headline


def same_vulnerability(
    articles: Sequence[Article], feeds: Sequence[str], times: Sequence[datetime], window: timedelta
) -> Iterator[tuple[int, int, str]]:
    """The pairs (i < j, ``times`` ascending) of articles from two feeds within the
    window that this rule calls one story, with the CVE id they share."""
    earlier: dict[str, list[int]] = {}  # a CVE id: the articles that name it, oldest first
    headlines: dict[int, frozenset[str]] = {}
    for j, article in enumerate(articles):
        ids, headline = named_ids(article)
        if not ids or len(ids) > MAX_IDS:
            continue
        headlines[j] = headline
        paired: set[int] = set()
        for cve in sorted(ids):
            for i in earlier.setdefault(cve, []):
                if i in paired or feeds[i] == feeds[j] or times[j] - times[i] > window:
                    continue
                if cve in headline or cve in headlines[i]:
                    paired.add(i)
                    yield i, j, cve
            earlier[cve].append(j)
