"""Hand-checked expectations over real feeds (tests/data/expectations.json).

Each entry is one item of a real feed as a reader must see it: title, the first
and last words of its excerpt, its date (or "undated") and its link, read by a
person against the feed. The feeds go through the whole pipeline (a feed
server on 127.0.0.1, fetch, parse, clean, store on SQLite). A change that
alters what a reader sees of any of them fails here with the feed and the item
named; after a deliberate change, `python -m bench.expectations DIR --check
FILE` lists every difference to read before updating the file.
"""

import json
from pathlib import Path

from bench.expectations import differences, observed

ROOT = Path(__file__).parent.parent
FILE = ROOT / "tests" / "data" / "expectations.json"


def test_real_items_read_as_checked_by_hand(monkeypatch):
    monkeypatch.chdir(ROOT)
    expected = json.loads(FILE.read_text(encoding="utf-8"))
    assert len(expected) >= 200 and all(e["checked"] for e in expected)
    seen = observed(sorted({e["dir"] for e in expected}))
    assert differences(expected, seen) == []


def test_a_changed_excerpt_is_named(monkeypatch):
    """The comparison can fail: one altered field is reported with its feed and item."""
    monkeypatch.chdir(ROOT)
    expected = json.loads(FILE.read_text(encoding="utf-8"))[:1]
    seen = observed([expected[0]["dir"]])
    changed = [{**expected[0], "excerpt_ends": "words that are not there"}]
    [problem] = differences(changed, seen)
    assert expected[0]["feed"] in problem and "excerpt_ends" in problem
