"""Where an excerpt's blocks end: a sentence's end with pictographs after it, a heading or a label
before the story, a hard-wrapped line, a trailer gone from the text's end (the unseen13 set's
findings 2 and 12: /work/unseen13/FINDINGS.md, read by eye)."""

from bot.blocks import plain_blocks
from bot.excerpt import excerpt_with_notes
from tests.builders import excerpt


def test_a_sentence_end_with_emoji_after_it_lets_the_next_paragraph_follow():
    # iOS Dev Weekly (syndikit--iosdevweekly.xml: brightdigit/SyndiKit, Data/XML/iosdevweekly.xml, MIT), issue 510:
    # "!" and then emoji was no sentence end: the excerpt stopped there, with a false "…".
    issue = (
        "<p>It’s almost WWDC time! 🚀😍🎉</p><p>Looking around Twitter and the web this week, I see two very"
        " different narratives from the community about this year’s conference.</p>"
    )
    assert excerpt(issue) == (
        "It’s almost WWDC time! 🚀😍🎉 Looking around Twitter and the web this week, I see two very different"
        " narratives from the community about this year’s conference."
    )
    # OCaml Planet (syndic--ocaml-planet.atom: Cumulus/Syndic, test/003.feed, MIT), "opam 2.0.0 RC4-final is out!"
    release = (
        "<p>We are happy to announce the opam 2.0.0 final release candidate! 🍾</p>"
        "<p>This release features a few bugfixes over Release Candidate 3.</p>"
    )
    assert excerpt(release) == (
        "We are happy to announce the opam 2.0.0 final release candidate! 🍾 This release features a few"
        " bugfixes over Release Candidate 3."
    )
    # In plain text too (a short line that ends so is a sentence, not a heading to skip).
    plain = "It’s almost WWDC time! 🚀😍🎉\n\nLooking around Twitter this week, I see two narratives."
    assert excerpt_with_notes(plain_blocks(plain)).text.startswith("It’s almost WWDC time! 🚀😍🎉 Looking")
    # Emoji without a sentence end before them end no sentence: the excerpt stops there, as before.
    assert excerpt("<p>Machining a topo map using my 5 axis CNC 🙂</p><p>More soon, with the files.</p>") == (
        "Machining a topo map using my 5 axis CNC 🙂…"
    )
