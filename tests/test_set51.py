"""Set 51's findings (/work/unseen51/FINDINGS.md, tests/data/unseen/set51). ntbre--ty-releases.atom is from
ntBre/newsyacht's tests/fixtures/releases.xml (MIT): quoted; the other files have no licence: made-up text in their
shape."""

from tests.builders import excerpt

_TY = (
    "<h2>Release Notes</h2> <p>Released on 2025-10-29.</p> <h3>Bug fixes</h3> <ul> <li>Fix bug where ty would think "
    "all types had an <code>__mro__</code> attribute (#20995)</li> <li>Fix rare panic with highly cyclic TypeVar "
    "definitions (#21059)</li> <li>Fix infinite recursion with generic type aliases (#20969)</li> <li>Add missing "
    "newline before first diagnostic in CLI output (#21058)</li> <li>Make the ty server's auto-import feature skip "
    "symbols in the current module (#21100)</li> </ul>"
)


def test_a_list_after_a_sentence_is_cut_between_its_items():
    """set51 F1: the ty release notes' excerpts ended inside an item ("…output (#21058) • Make…"): the cut between two
    items was only for a text that opens with its list."""
    shown = excerpt(_TY, title="0.0.1-alpha.25")
    assert shown.endswith("• Add missing newline before first diagnostic in CLI output (#21058)…"), shown
    links = (
        "<p>I’m leaving you with a shorter list this week. Nevertheless, here are a few links of note for the week "
        "ending August 21, 2016:</p><ul><li>Apple Announces Environmental Progress in China and Applauds Supplier "
        "Commitment to Clean Energy across the whole of its supply chain in the region</li><li>Another link</li></ul>"
    )
    assert "2016: • Apple Announces" in excerpt(links)  # (one item shown at least: the cut stays in the first)
