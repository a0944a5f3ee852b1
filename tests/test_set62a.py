"""Set 62 (/work/unseen62/FINDINGS.md), finding 1: a short sentence every entry carries with one word filled in
("…considered Low severity.") taken for the feed's template (bot/repeated.py, bot/slotsentences.py). Made-up text:
the feeds the rules were written for have no licence."""

from collections import Counter

from bot.repeated import key
from bot.slotsentences import slotted
from tests.builders import read_entries

_BUGS = ("parser", "wallet", "indexer", "mempool", "peer table", "block store", "signer", "cache", "logger", "miner")


def _advisory(n: int, line: str) -> dict[str, str]:
    bug = _BUGS[n % len(_BUGS)]
    text = (
        f"<p>A crafted message could stall the {bug} of nodes running release {n}.0 for hours on end.</p>"
        f"<p>{line}</p><h2>Details</h2><p>The {bug} retried the lookup {n + 3} times per message it received, "
        f"which a peer could make slow.</p>"
    )
    return {"title": f"Advisory {n}: {bug} stall", "link": f"/advisory-{n}", "text": text}


def test_a_severity_sentence_with_its_value_is_a_field():
    """Set 62, finding 1 (davidgumberg--bitcoincore-es.atom and -ja.atom, repository davidgumberg/bitcoincore.org, in
    /work/unseen62/feeds): each advisory's "This issue is considered <strong>High</strong> severity." went as the
    feed's template, since each of its three wordings stood in a quarter of the entries. One frame whose one word
    other entries fill with another value is a field: it stays, as "Rating:Critical" does."""
    scale = ("Low", "Medium", "High")
    entries = [_advisory(n, f"This issue is considered <strong>{scale[n % 3]}</strong> severity.") for n in range(12)]
    for n, article in enumerate(read_entries(entries)):
        assert f"This issue is considered {scale[n % 3]} severity." in article.excerpt, article.excerpt
    # (near misses, the template's still: a name at the sentence's end, a slot of many values, a long sentence)
    raws = [f"This advisory was brought to you by {name}." for name in ("Acme", "Globex", "Initech")]
    counted = Counter({raw: 4 for raw in raws})
    assert slotted(raws, counted, key) == set()
    raws = [f"This issue is considered {word} severity." for word in ("tiny", "low", "mild", "medium", "high", "dire")]
    assert slotted(raws, Counter({raw: 4 for raw in raws}), key) == set()
    raws = [
        f"This issue is considered {w} severity by the team that keeps this project's security list." for w in scale
    ]
    assert slotted(raws, Counter({raw: 4 for raw in raws}), key) == set()
    raws = [f"Read along as you hear {word} show notes!" for word in ("the", "these")]  # (an article: no value)
    assert slotted(raws, Counter({raw: 4 for raw in raws}), key) == set()
    raws = [f"This issue is considered {word} severity." for word in scale[:2]]  # (the other value in one entry only)
    assert raws[0] not in slotted(raws, Counter({raws[0]: 6, raws[1]: 1}), key)
    entries = [
        _advisory(n, f"This advisory was brought to you by {('Acme', 'Globex')[n % 2]} Labs.") for n in range(12)
    ]
    assert not any("brought to you" in article.excerpt for article in read_entries(entries))
