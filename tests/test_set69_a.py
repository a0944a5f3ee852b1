"""Set 69 (/work/unseen69a/FINDINGS.md and /work/unseen69b/FINDINGS.md), group a: greetings, outros, credits and
calls to action. 69a F2 (a salutation in Greek's gendered forms, over <br> lines: bot/leadrows.py, bot/boilerwords.py),
69a F4 and 69b F7 (a show's outro, an advisory's credit and pointer as summary sentences: bot/outros.py), 69a F7 (a
link's "is here": bot/pointerrows.py), 69b F3 (a release note's credit in
parentheses: bot/gitrefs.py), 69b F6 ("What's up guys?": bot/leadrows.py). Made-up text in the feeds' shapes."""

from bot.outros import outro_sentence
from bot.usable import usable
from tests.builders import excerpt

_GREEK_STORY = (
    "<p>Ο Σύλλογος σας προσκαλεί στην ετήσια γενική συνέλευση, που θα γίνει το Σάββατο στην αίθουσα της σχολής "
    "με θέμα τον νέο κανονισμό.</p>"
)


def test_a_greek_salutation_and_its_kin_go():
    """Set 69a, finding 2 (semfealumni--announcements.xml, repository semfealumni/semfealumni.github.io, in
    /work/unseen69a/feeds): the association's letters opened "Αγαπητά μέλη και φίλοι του Συλλόγου …,", "Αγαπητά
    Μέλη του Συλλόγου,", "Αγαπητοί συνάδελφοι,", and an address over four <br> lines; the excerpt began with it. The
    neuter and singular forms, the groups (members, colleagues, alumni), "and" another group, whose they are, and
    the lines go; the other languages' forms too. A letter's one addressee, a sentence that goes on, stay."""
    for address in (
        "<p>Αγαπητά μέλη και φίλοι του Συλλόγου Διπλωματούχων ΣΕΜΦΕ,</p>",
        "<p>Αγαπητά μέλη,</p>",
        "<p>Αγαπητά Μέλη του Συλλόγου,</p>",
        "<p>Αγαπητοί συνάδελφοι,</p>",
        "<p><em>Αγαπητοί Απόφοιτοι<br>\nΜέλη ΔΕΠ<br>\nΠροπτυχιακοί Φοιτητές και<br>\nΦίλοι του Συλλόγου ΣΕΜΦΕ,</em></p>",
        "<p>Drodzy członkowie,</p>",
        "<p>Dragi članovi,</p>",
        "<p>Dear members of the Club,</p>",
    ):
        shown = excerpt(address + _GREEK_STORY)
        assert shown.startswith("Ο Σύλλογος σας προσκαλεί"), (address, shown)
    one = "<p>Αγαπητέ Γιώργο,</p>"  # (a letter to one person: no group)
    assert excerpt(one + _GREEK_STORY).startswith("Αγαπητέ Γιώργο")
    poem = "<p>Αγαπητοί φίλοι<br>\nτο καλοκαίρι πέρασε γρήγορα και ήρθε η ώρα να μιλήσουμε για το σχέδιο.</p>"
    assert excerpt(poem + _GREEK_STORY).startswith("Αγαπητοί φίλοι")


def test_whats_up_alone_is_a_greeting():
    """Set 69b, finding 6 (feed-rs--reddit.xml, repository feed-rs/feed-rs, in /work/unseen69b/feeds): a post's first
    paragraph "What's up guys?" opened the excerpt, where "Hello all," goes. Alone in its paragraph it goes; a
    question that goes on ("What's up with my UPS?") is the post's."""
    story = (
        "<p>I've got one of these mini lenovos as a media server connected to an external hard disk for backups.</p>"
    )
    assert excerpt("<p>What's up guys?</p>" + story).startswith("I've got one"), excerpt(
        "<p>What's up guys?</p>" + story
    )
    topic = "<p>What's up with my UPS?</p>"
    assert excerpt(topic + story).startswith("What's up with my UPS?")


def _pr(number: int) -> str:
    return f'<a class="issue-link js-issue-link" href="https://github.com/reactphp/socket/pull/{number}">#{number}</a>'


def _user(name: str) -> str:
    return f'<a class="user-mention notranslate" href="https://github.com/{name}">@{name}</a>'


def test_a_release_notes_credit_in_parentheses_goes():
    """Set 69b, finding 3 (reactphp--changelog.atom, repository reactphp/socket's releases, in /work/unseen69b/feeds):
    each line of the notes ended, after a <br>, "(#325 by @W0rma and #330 by @WyriHaximus)", kept in the excerpt and
    the digest. A parenthesis of issue links and mentions only, joined by "by", "and", ends its line: it goes. One
    issue alone, and a parenthesis with words of its own, stay."""
    notes = (
        '<ul><li><p dir="auto">Feature: Improve PHP 8.5+ support by avoiding deprecated <code>setAccessible()</code>'
        f" calls.<br>\n({_pr(325)} by {_user('W0rma')} and {_pr(330)} by {_user('WyriHaximus')})</p></li>"
        f'<li><p dir="auto">Improve test suite and update test environment.<br>\n({_pr(326)} and {_pr(330)} by '
        f"{_user('WyriHaximus')})</p></li></ul>"
    )
    shown = excerpt(notes)
    assert shown == (
        "• Feature: Improve PHP 8.5+ support by avoiding deprecated setAccessible() calls. • Improve test suite and "
        "update test environment."
    ), shown
    inline = f"<p>Fix the parser for empty lines in the configuration file ({_pr(12)} by {_user('bob')}).</p>"
    assert excerpt(inline) == "Fix the parser for empty lines in the configuration file.", excerpt(inline)
    alone = f"<p>Fix the parser for empty lines in the configuration file ({_pr(12)}).</p>"
    assert "(#12)" in excerpt(alone)
    worded = f"<p>Fix the parser for empty lines in the file (reported in {_pr(12)} by {_user('bob')}, thanks!)</p>"
    assert "reported in #12 by @bob" in excerpt(worded)


def test_credits_pointers_and_outros_are_no_summary_sentences():
    """Set 69b, finding 7 (haskell--security-advisories.xml, repository haskell/security-advisories) and set 69a,
    finding 4 (MrMamen--tiltcast.xml, repository MrMamen/tiltcast, in /work/unseen69a/feeds): "Reported by Gaspard
    Baye and Hamidullah Muslih.", "For details, see commit b890f3a….", a show's thanks to the audience and its
    helpers, its appeal for support and its photo credit were the digest's sentences. Each, as the whole sentence, is
    none; a report that says who found a flaw, a thanks with the news after it, stay."""
    for sentence in (
        "Reported by Gaspard Baye and Hamidullah Muslih.",
        "Fix by Arsen Arsenović.",
        "For details, see commit b890f3a53d936b5e40aa9acc5876cb98f18b9657.",
        "Støtt oss gjerne på Patreon.",
        "Tusen hjertelig takk til alle som kom å så på!",
        "Takk til alle som kom for å høre på live, og minst like stor takk til alle dere som støtter oss med penger.",
        "Takk til Espen Fuglem som filmet hele showet.",
        "Bildet i artikkelen er tatt av Kristian Tjessem, som du kan komme i kontakt med her.",
    ):
        assert outro_sentence(sentence), sentence
        assert not usable(sentence), sentence
    for sentence in (
        "The flaw was reported by Google's Project Zero team last week.",
        "Reported by Google, the flaw affects every version of the library since 2019.",
        "Takk til alle som stemte – vi vant prisen for årets beste podkast!",
        "Found by accident, the bug had lived in the parser for years.",
    ):
        assert not outro_sentence(sentence), sentence
        assert usable(sentence), sentence


def test_a_paragraph_that_only_points_elsewhere_goes():
    """Set 69a, finding 7 (071yoon--blog.xml, repository 071yoon/071yoon.github.io, in /work/unseen69a/feeds): a
    blockquote "블로그 링크 는 여기서" ("the blog link is here") was quoted in the excerpt. It goes as a whole block;
    a sentence with the story's words around the same ones stays."""
    post = (
        "<p>작년에 크롬 웹 확장 프로그램을 만들어서 배포했고, 그 과정을 블로그에 정리해서 공유를 했었다.</p>\n"
        '<blockquote>\n  <p><a href="https://071yoon.github.io/til/make-extension.html">블로그 링크</a> 는 여기서</p>\n'
        "</blockquote>\n<p>그러던 어느날, 사람들이 잘 쓰고 있는지 궁금해서 통계를 살펴 봤었다.</p>"
    )
    assert "여기서" not in excerpt(post), excerpt(post)
    here = "<p>The code is here to stay, the maintainers said after the vote on Monday.</p>"
    assert excerpt(here).startswith("The code is here to stay")
