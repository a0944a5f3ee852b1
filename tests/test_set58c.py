"""Set 58's F4 (tests/data/unseen/set58/FINDINGS.md): a summary sentence leaning on one the summary left out, by a
thing named with "this" in its opening phrase, or by "in its turn". Made-up text in the item's shape (the feed, a
change log's, has no licence)."""

from bot.discourse import leans_back
from bot.referents import referent, said_before
from bot.summary import SourceText, summarize, terms


def test_a_sentence_on_this_thing_is_taken_only_after_the_one_that_named_it():
    """set58 F4 (40ants--reblocks-changelog.xml, github.com/40ants/reblocks): the digest's summary opened on "The idea
    of this refactoring, is to separate roles of the functions which process requests.", the sentence saying what was
    refactored ("Request handling pipeline was refactored.") left out. Near misses: another form of the word is the
    same thing ("refactored", "refactoring"); a word of the same first letters is not ("refactor" / "reference")."""
    sentences = [
        "Request handling pipeline was refactored.",
        "The idea of this refactoring, is to separate roles of the functions which process requests and responses.",
        "Now the server function prepares data received from the web server and calls the request handler function.",
        "The request handler function should return an object of type response containing content and HTTP headers.",
    ]
    summary = summarize([SourceText("Release 0.35.0", sentences)], 2)
    assert summary and (sentences[1] not in summary or sentences[0] in summary)
    assert said_before("refactoring", terms(sentences[0])) == "refactored"
    assert said_before("updates", frozenset(["updated"])) == "updated"
    assert said_before("reference", frozenset(["refactored"])) == ""
    # (after an opening phrase too: "By default, these files in current and all ancestor directories…", set13's OCaml
    # Planet, after "…by reading .ocamlformat and .ocp-indent files"; not "In this case, …", no thing named before)
    assert referent("By default, these files in the current directory are read first.") == "files"
    assert referent("In this case, the server restarts.") is None


def test_in_its_turn_leans_back():
    """set58 F4 (the same feed): "In it's turn, weblocks/request-handler:handle-request should return an object…" (the
    handler it takes its turn after left out) read as a sentence of its own. Near miss: "turn" as a word of the
    sentence's own ("In the turn of the century, …", "Turn it off, …")."""
    assert leans_back("In it's turn, the request handler should return an object of type response.")
    assert leans_back("In turn, the council asked the mayor to resign before the end of the month.")
    assert leans_back("A su vez, el consejo pidió al alcalde que dimitiera.")
    assert not leans_back("In the turn of the century, the town had three bakeries and a mill.")
    assert not leans_back("Turn it off, then turn it on again after a minute or two.")
