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
        # (rev69a 2: the news after a dash whatever its subject, in Swedish too)
        "Takk til alle som stemte – podkasten vant prisen for årets beste nyhetsprogram!",
        "Tack till alla som röstade – jag vann priset för årets bästa podcast!",
    ):
        assert not outro_sentence(sentence), sentence
        assert usable(sentence), sentence


def test_a_sentence_that_tells_the_news_is_no_outro():
    """rev69a (/work/notes/rev69a-findings.md) 1, 2, 8, 9: sentences in the outros' shapes that carry the story (a
    photo's subject, a thanks quoted or followed by the news, title-case finders, a teaser) stay summary sentences;
    the outros themselves (a photo credit that is a name, a comma's pronoun in Swedish) still go."""
    for sentence in (
        "Bildet er tatt av et overvåkingskamera ved E6 natt til søndag og viser den mistenkte bilen.",
        "Fotoet er tatt av NASA-sonden Juno og viser en storm på Jupiter som er større enn jorden.",
        "Tack till alla som röstade, jag vann priset för årets bästa podcast!",
        "Takk til NRK for at vi fikk låne studio, sa han, og la til at bandet nå legger ut på turné.",
        "Takk for at Stortinget vedtok loven i går, sier lederen av Norges Bondelag.",
        "Støtt oss gjerne på Patreon, sier programlederen, som har mistet sponsoren sin.",
        "Discovered by Amateur Astronomer Kazuo Sato.",
        "Found by Divers Off Bornholm.",
        "Found by Canadian Coast Guard.",
        "See what happens when the lab asks ChatGPT for more information.",
    ):
        assert not outro_sentence(sentence), sentence
        assert usable(sentence), sentence
    for sentence in (
        "Bildet er tatt av Kristian Tjessem.",
        "Bildet er tatt av Kristian Tjessem, frilansfotograf.",
        # (a phrase after a dash is no clause of its own: the show's D061, set 69a F4)
        "Takk til alle som kom for å høre på live, og minst like stor takk til alle dere som støtter oss med en slump "
        "penger slik at vi kan holde på - uke etter uke.",
        "Found by Jann Horn.",
        "Discovered by Kazuo Sato and Jane Doe.",
        "For details, see the report.",
        "See the advisory for more details.",
    ):
        assert outro_sentence(sentence), sentence


def test_a_credits_line_of_its_own_words_decides():
    """rev69a 4 and 5 (reactphp's shape, set 69b F3): a credit in parentheses goes only when the words before it on
    its line (or, alone on its line, the line before) are a line of their own; when it is the line's object ("Reverts
    (…)", "Includes the fix from (…)", "…, especially<br>(…)") it stays. A sentence's full stop is not doubled."""
    reverts = f"<ul><li>Reverts ({_pr(4512)} by {_user('alice')})</li><li>Bump serde to 1.0.200 ({_pr(4513)} by "
    reverts += f"{_user('dependabot')})</li></ul>"
    assert excerpt(reverts) == "• Reverts (#4512 by @alice) • Bump serde to 1.0.200", excerpt(reverts)
    source = (
        f"<ul><li>Includes the fix from ({_pr(4512)} by {_user('alice')} and {_pr(4514)} by {_user('bob')})</li></ul>"
    )
    assert excerpt(source) == "• Includes the fix from (#4512 by @alice and #4514 by @bob)", excerpt(source)
    thanks = "<p>Thanks to everyone who helped with this release, especially<br>\n"
    thanks += f"({_pr(12)} by {_user('alice')} and {_pr(13)} by {_user('bob')})</p>"
    assert excerpt(thanks).endswith("especially (#12 by @alice and #13 by @bob)"), excerpt(thanks)
    stop = f"<p>Fix parser. ({_pr(12)} by {_user('bob')}).</p>"
    assert excerpt(stop) == "Fix parser.", excerpt(stop)


def test_a_headline_claim_and_a_sentence_beginning_care_for_stay():
    """rev69a 3, 6, 7: a lead paragraph "AI video is here." (no determiner before the noun), an English sentence
    "Care for students, the ministry said, …" ("care" is Italian's "dear" only before its group), a Spanish answer
    "Yo." ("I.") stay; "The blog link is here.", "Slides are here:", "Yo!", "Kære alle," go."""
    story = "<p>OpenAI released Sora to the public on Monday, with a limit of twenty seconds per clip.</p>"
    for kept in ("<p>AI video is here.</p>", "<p>Generative code is here!</p>"):
        assert excerpt(kept + story).startswith(kept[3:-4]), excerpt(kept + story)
    for gone in (
        "<p>The blog link is here.</p>",
        "<p>Conference slides are here:</p>",
        "<p>Yo!</p>",
        "<p>Kære alle,</p>",
    ):
        assert excerpt(gone + story).startswith("OpenAI released"), excerpt(gone + story)
    for sentence in (
        "Care for students, the ministry said on Monday, will be funded from a new budget line next year.",
        "Care for members of the public, the council said, will move to the new hospital in March.",
    ):
        assert excerpt(f"<p>{sentence}</p>") == sentence, excerpt(f"<p>{sentence}</p>")
    answer = (
        "<p>¿Quién escribió el primer compilador del equipo en 1998, cuando nadie sabía usar C?</p><p>Yo.</p>"
        "<p>Lo escribí en tres semanas, en una máquina prestada por la universidad.</p>"
    )
    assert "usar C? Yo. Lo escribí" in excerpt(answer), excerpt(answer)


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
