"""Set 62 (/work/unseen62/FINDINGS.md), findings 1 and 3: a short sentence every entry carries with one word filled
in ("…considered Low severity.") taken for the feed's template (bot/repeated.py, bot/slotsentences.py); a lead-in
left pointing at the next section once the list it announced went as repeated (bot/danglinglabels.py). Made-up text:
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


_APPS = (
    "<ul><li><p><a href='https://docs.example/gui'>Lark GUI</a>: the desktop window for the node, for everyone.</p></li>"
    "<li><p><a href='https://docs.example/cli'>Lark Daemon</a>: the command-line node for those who run servers.</p></li>"
    "<li><p><a href='https://docs.example/wallet'>Lark Wallet</a>: the wallet that sends coins without a full sync.</p></li></ul>"
)


def _release(n: int, after: str) -> dict[str, str]:
    text = (
        f"<h2>Overview</h2><p>Lark Chain version 2.{n}.0 ({_BUGS[n].title()}) is ready to download now. "
        f"This release includes the following applications:</p>{after}"
    )
    return {"title": f"Lark 2.{n}.0", "link": f"/release-2-{n}", "text": text}


def test_a_lead_in_whose_repeated_list_went_goes_too():
    """Set 62, finding 3 (pactus-project--pactus-ar.atom, repository pactus-project/pactus.org, in /work/unseen62/feeds):
    the list of applications every release repeats went, and the sentence that announced it stayed, glued to the
    next section ("…for download. This release includes the following applications: Highlights: • …"). It goes too;
    the sentence before it in its paragraph stays."""
    more = (  # (the entry's own text longer than the list: no footer, bot/repeated.py's _before_footer)
        "<p>Nodes of the old {bug} line keep working until the spring, when the network drops them for good.</p>"
        "<h2>Upgrade</h2><p>Stop the {bug} first, then install the new build over the old one and start it again.</p>"
        "<p>Keys and settings of the {bug} stay where they were; a synced node catches up in a few minutes.</p>"
    )
    own = (
        "<h2>Highlights</h2><p>This version trims the sync time of a fresh {bug} on slow disks.</p>" + more,
        "<p>This release is named after the river {bug}, chosen by the community in a vote.</p><h2>Highlights</h2>"
        + more,
    )
    entries = [_release(n, _APPS + own[n % 2].format(bug=_BUGS[n])) for n in range(8)]
    for n, article in enumerate(read_entries(entries)):
        assert article.excerpt.startswith(f"Lark Chain version 2.{n}.0 ({_BUGS[n].title()}) is ready"), article.excerpt
        assert "following applications" not in article.excerpt, article.excerpt
        assert ("trims the sync time" if n % 2 == 0 else "named after the river") in article.excerpt, article.excerpt
    # (near miss: the list partly the entry's own, its label still names it)
    mine = "<ul><li><p>Lark Miner: a miner for the {bug} of a home user, new in this very release.</p></li></ul>"
    entries = [_release(n, _APPS + mine.format(bug=_BUGS[n]) + own[0].format(bug=_BUGS[n])) for n in range(8)]
    for article in read_entries(entries):
        assert "This release includes the following applications: • Lark Miner" in article.excerpt, article.excerpt
