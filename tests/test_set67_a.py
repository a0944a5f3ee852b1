"""Set 67 (/work/unseen67b/FINDINGS.md), group a, links and fields: an entry's <link> that lists several addresses
(67b F1, bot/addresslists.py), a record's later " | " fields the feed repeats in every entry, which the digest's
summary read on (67b F8, bot/recordfields.py). Items built in the feed's shape (Pef97419--netsec-feed.xml, repository
Pef97419/netsec-rss, no licence), with words of our own."""

from dataclasses import replace

from bot.addresslists import listed_addresses, listed_note
from bot.cluster import Cluster
from bot.normalize import read_feed
from bot.sentences import sentences_of
from bot.stories import Summaries
from bot.urls import canonical_url
from tests.builders import T0, stored

_DIRECTIVE = "BOD 26-04: https://www.cisa.example/directives/bod-26-04-updates-based-risk"
_TRIAGE = "Forensics Triage Requirements: https://www.cisa.example/directives/bod-26-04-implementation-guidance"
_ACTION = (
    "Required Action by Apply mitigations in accordance with vendor instructions, ensuring compliance with BOD 26-04 "
    "Prioritizing Updates (see URL in Notes) guidance. Follow applicable BOD 26-04 guidance for cloud services or "
    "discontinue use of the product if mitigations are unavailable."
)
_OLD_ACTION = (
    "Required Action by Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for cloud "
    "services, or discontinue use of the product if mitigations are unavailable."
)


def _read(items: list[tuple[str, str, str]]) -> list:
    """The articles of an RSS document of (title, link field, description) items, guids "kev-<n>", as the poller
    reads it."""
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>kev-{n}</guid>"
        f"<pubDate>Fri, 21 Aug 2026 00:00:00 GMT</pubDate><description>{text}</description></item>"
        for n, (title, link, text) in enumerate(items)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Unified</title><link>https://example.com</link>{body}</channel></rss>'
    return list(
        read_feed(feed.encode(), url="https://feeds.example/feed.xml", source="f", now=T0, excerpt_length=300).articles
    )


def _summary(article) -> str:
    """The digest's summary of one article, as the poller stores it and the digest reads it."""
    [text] = sentences_of([article.lead or article.excerpt])
    note = stored(1, title=article.title)
    note = replace(note, article=replace(article, sentences=tuple(text.split("\n")) if text else ()))
    return Summaries("extractive", 3)(Cluster((note,), ""))


def test_a_link_that_lists_addresses_is_its_first():
    """67b F1 (Pef97419--netsec-feed.xml, repository Pef97419/netsec-rss): each advisory's <link> lists the vendor's
    advisory, the directive, the triage guidance and the CVE's record, " ; " apart, some with a label; read as one
    address, its spaces percent-encoded, it named a page that is not there
    ("…/Zimbra_Security_Advisories%20;%20https://blog…%20;%20BOD%2026-04:%20https://…"). And a field with words
    before its addresses ("For more information, please see: https://… ; https://…") was no link at all. The entry's
    link is the first address of the list."""
    nvd = "https://nvd.example/vuln/detail/CVE-2026-73570"
    rows = [
        ("https://wiki.vendor.example/wiki/Security_Advisories ; https://blog.vendor.example/2026/07/patch-10-1-20/ ; "
         f"{_DIRECTIVE} ; {_TRIAGE} ; {nvd}", "https://wiki.vendor.example/wiki/Security_Advisories"),
        (f"https://support.vendor.example/en-us/148170; https://support.vendor.example/en-us/148171 ; {_DIRECTIVE}",
         "https://support.vendor.example/en-us/148170"),
        ("This vulnerability affects a common open-source component used by different products. For more information, "
         f"please see: https://github.example/acme/lib/security/advisories/GHSA-v4p8 ; {nvd}",
         "https://github.example/acme/lib/security/advisories/GHSA-v4p8"),
        (f"https://success.vendor.example/solution/KA-0020652 ; N/A ; {nvd}",
         "https://success.vendor.example/solution/KA-0020652"),
        ("CISA Mitigation Instructions: https://www.cisa.example/mitigation-CVE-2025-0282 Additional References: "
         f"https://forums.vendor.example/s/article/Advisory-CVE-2025-0282 ; {nvd}",
         "https://www.cisa.example/mitigation-CVE-2025-0282"),
    ]  # fmt: skip
    items = [(f"KEV: CVE-2026-{n} exploited", link, "A product contains a flaw.") for n, (link, _) in enumerate(rows)]
    for article, (_, expected) in zip(_read(items), rows, strict=True):
        assert article.link == expected, article.link
        assert "the first of the" in " ".join(article.provenance)


def test_one_address_with_a_space_or_a_semicolon_stays_one():
    """67b F1's counter-examples: a single address with a space in its path or query (a file's name, "utm_source=Job
    Share", Microsoft's job links in research-computing-teams--jobs.rss of the corpus), a query whose value names
    another address after a word ("?text=Look at https://…"), a path parameter (";jsessionid=") stay one address,
    as canonical_url makes it."""
    singles = [
        "https://files.example/reports/annual report 2025.pdf",
        "https://jobs.example/global/en/share/1807408/?utm_source=Job Share&utm_campaign=Copy-job-share",
        "https://share.example/post?text=Look at https://news.example/story",
        "https://share.example/post?text=Look at: https://news.example/story",
        "https://shop.example/item;jsessionid=ABC123",
        "See https://news.example/story",
        "https://news.example/story ;",
    ]
    for single in singles:
        assert listed_addresses(single) == [], single
    items = [(f"Story {n}", single.replace("&", "&amp;"), "A story.") for n, single in enumerate(singles[:5])]
    for article, single in zip(_read(items), singles, strict=False):
        assert article.link == canonical_url(single), (article.link, single)
    assert listed_addresses("https://a.example/x ; https://b.example/y") == [
        "https://a.example/x",
        "https://b.example/y",
    ]


def test_a_query_value_or_a_bare_space_before_an_address_is_no_list():
    """rev67a 1 and 2, counter-examples to 67b F1 (the harness /tmp/rev67a-work c1.json): a share or redirect link
    whose parameter has a space before the address ("sharer.php?u= https://…"), a query value with a capitalised
    word and a colon ("?text=New Post: https://…", "?subject=Re: Q2 Results: https://…") and two addresses apart by
    a bare space are one address, as before the rule: canonical_url unwraps the share link to the story, the list
    rule cut it to the sharer ("…/sharer.php?u=")."""
    singles = [
        "https://www.facebook.example/sharer.php?u= https://news.example/story",
        "https://share.example/post?text=BREAKING: https://news.example/story",
        "https://lists.example/archive?subject=Re: Q2 Results: https://ir.example/q2",
        "https://search.example/?q=site: https://news.example",
        "https://web.archive.example/web/2020/ https://news.example/story",
        "https://a.example/x https://b.example/y",
        "https://twitter.example/intent/tweet?text=New Post: https://blog.example/2026/post",
    ]
    for single in singles:
        assert listed_addresses(single) == [], single
    articles = _read([(f"Story {n}", single, "A story.") for n, single in enumerate(singles[:6])])
    assert articles[0].link == "https://news.example/story"  # (the sharer's parameter, unwrapped)
    for article, single in zip(articles, singles, strict=False):
        assert article.link == canonical_url(single), (article.link, single)
        assert "addresses the entry's link lists" not in " ".join(article.provenance), single


def test_the_entrys_own_link_or_guid_wins_over_words_with_addresses():
    """rev67a 3 (c2.json, c1.json): a field of words and addresses is a last resort. An Atom entry whose first
    alternate <link> is "For more information, please see: https://… ; https://…" and whose second is the post's
    page gives the post's page; an RSS <link> "Source: https://…" with a permalink guid gives the guid, as before
    the rule. Alone (the 67b feed's guids are "kev-n", no address) the field still gives its address."""
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link href="https://example.com/"/>'
        "<entry><title>T</title><id>tag:x,2026:1</id><updated>2026-08-21T00:00:00Z</updated>"
        '<link rel="alternate" href="For more information, please see: https://a.example/x ; https://b.example/y"/>'
        '<link rel="alternate" type="text/html" href="https://real.example/post"/><summary>Hello there.</summary></entry></feed>'
    )
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>U</title><link>https://example.com</link><item>'
        "<title>Story</title><link>Source: https://original.example/story</link>"
        '<guid isPermaLink="true">https://aggregator.example/item/1</guid>'
        "<pubDate>Fri, 21 Aug 2026 00:00:00 GMT</pubDate><description>A story here.</description></item></channel></rss>"
    )
    links = [
        article.link
        for document in (atom, rss)
        for article in read_feed(
            document.encode(), url="https://feeds.example/feed.xml", source="f", now=T0, excerpt_length=300
        ).articles
    ]
    assert links == ["https://real.example/post", "https://aggregator.example/item/1"]
    [alone] = _read([("Story", "Source: https://original.example/story", "A story.")])
    assert alone.link == "https://original.example/story"


def test_the_note_says_what_was_picked():
    """rev67a 4: one address after words ("See: https://…", "Read the story. https://…") is no list of one, and the
    address picked is named by its place when canonical_url refused those before it."""
    articles = _read(
        [
            ("Story", "See: https://news.example/story", "A story."),
            ("Story 2", "Read the story. https://news.example/s2", "B."),
        ]
    )
    assert [article.link for article in articles] == ["https://news.example/story", "https://news.example/s2"]
    for article in articles:
        assert "link: the address the entry's link names after its words" in article.provenance
    listed = ["https://a.example/x", "https://b.example/y", "https://c.example/z"]
    assert listed_note(listed, listed[0]) == "link: the first of the 3 addresses the entry's link lists"
    assert listed_note(listed, listed[1]) == "link: address 2 of the 3 addresses the entry's link lists"


def _advisory(n: int, action: str, due: str) -> tuple[str, str, str]:
    lede = f"Product {n} contains an OS command injection vulnerability that could allow an attacker to run commands."
    return (
        f"KEV: CVE-2026-{n} exploited – Product {n}",
        f"https://vendor{n}.example/advisory",
        f"{lede} | {action} | {due}",
    )


def test_a_records_fields_the_feed_repeats_leave_the_excerpt_and_the_summary():
    """67b F8 (Pef97419--netsec-feed.xml, repository Pef97419/netsec-rss): each description is the catalogue's
    description, its required action and its due date joined by " | "; the digest's summary read on into "| Required
    Action by Apply mitigations … (see URL in Notes)…", which every entry repeats (the excerpt's 300 characters ended
    before it, or showed it too when the description is short). A field the feed repeats after a sentence's end (its
    words, the date of a "Due …" aside) goes from both: the description is the excerpt and the summary. One entry's
    own required action stays, and its due date with it (a short field goes only after one that goes: rev67f8
    finding 1)."""
    actions = [_ACTION] * 3 + [_OLD_ACTION] * 3
    items = [_advisory(n, action, f"Due 2026-08-{10 + n}") for n, action in enumerate(actions)]
    own = "Required Action by Disconnect the product: it has reached its end of life."
    *advisories, last = _read([*items, _advisory(7, own, "Due 2026-08-30")])
    for article in advisories:
        assert article.excerpt.endswith("to run commands."), article.excerpt
        assert " | " not in article.lead and "Required Action" not in _summary(article), _summary(article)
        assert any("field" in note for note in article.provenance)
    assert last.excerpt.endswith(f"to run commands. | {own} | Due 2026-08-30"), last.excerpt


def _five(kind: str, text_of) -> list:
    """Five entries of a feed whose n-th text is ``text_of(n)``, read."""
    return _read([(f"{kind} {n}", f"https://{kind.lower()}.example/{n}", text_of(n)) for n in range(5)])


def test_a_field_of_one_entry_or_after_no_sentence_stays():
    """67b F8's counter-examples: a field no other entry has, though they all open it alike ("| Plus, hear part 3 of
    the interview here."), a row of values ("ATT&CK: T1080 | ATLAS: AML.T0020", a vulnerability database's) and a
    label before its text ("Münster Bewerbungsende: 14.09.2026 | Der Landschaftsverband sucht…", a jobs feed's) stay,
    however often they recur."""
    for article in _five("Episode", lambda n: f"We met the people who ran the market {n}. | Plus, hear part {n} here."):
        assert " | Plus, hear part" in article.excerpt, article.excerpt
    for article in _five(
        "Attack", lambda n: f"Tactic: evasion ATT&amp;CK: T1080 | ATLAS: AML.T0020 | Seen in {n} reports"
    ):
        assert "ATLAS: AML.T0020" in article.excerpt, article.excerpt
    job = (
        "LWL-Museumsamt, Münster Bewerbungsende: 14.09.2026 | Der Landschaftsverband sucht Sie als Referent:in, Stelle"
    )
    for article in _five("Referent", lambda n: f"{job} {n}."):
        assert "Der Landschaftsverband sucht Sie" in article.excerpt, article.excerpt


def test_a_short_field_the_entry_owns_stays_though_the_feed_repeats_it():
    """rev67f8 finding 1: a short field after a sentence's end went once 3 entries shared it: a job board's place, a
    shop's price, an event's own date behind its label (the date masked, "Starts" matched in every entry), a German
    application deadline, a Japanese place, a post's tags. A field goes by itself only when it is a sentence (KEV's
    "Required Action by…"); a short one only after one that goes ("| Due …", as above)."""
    cases = {
        "Job": (
            lambda n: f"We are hiring a backend engineer to build our payments platform {n}. | Berlin | Full-time",
            "| Berlin | Full-time",
        ),
        "Team": (
            lambda n: f"Acme is hiring a data engineer for team {n}. | Remote | $120,000 - $150,000",
            "| Remote | $120,000",
        ),
        "Deal": (lambda n: f"Great headphones model {n} on sale today. | Price: $49.99 | Ships from Germany", "$49.99"),
        "Talk": (
            lambda n: f"Join us for a talk about rivers number {n}. | Starts 2026-09-{10 + n} | Town Hall, Leeds",
            "| Starts 2026-09-1",
        ),
        "Stelle": (
            lambda n: (
                f"Wir suchen eine Bibliothekarin für Standort {n}. | Bewerbungsfrist: {10 + n}.09.2026 | Vollzeit"
            ),
            "| Bewerbungsfrist: 1",
        ),
        "求人": (lambda n: f"バックエンドエンジニアを募集しています{n}。 | 東京都渋谷区 | 正社員", "| 東京都渋谷区"),
        "Post": (lambda n: f"I wrote about parsing with Python {n}. | Tags: python, parsing", "| Tags: python"),
    }
    for kind, (text_of, kept) in cases.items():
        for article in _five(kind, text_of):
            assert kept in article.excerpt and kept in _summary(article), (article.excerpt, _summary(article))
            assert not any("field" in note for note in article.provenance)


def test_a_repeated_paragraph_with_a_bar_goes_whole():
    """rev67f8 finding 2: a footer the feed repeats whole, with " | " after its sentence ("Thanks for reading this
    newsletter. | Subscribe for more"), lost its field first, and then its key no longer matched the paragraph the
    feed repeats: its first half stayed. The paragraphs' pass removes it whole."""
    own = "Today I planted tomatoes in bed number {n} and watered them well."
    for n, article in enumerate(
        _five("Post", lambda n: own.format(n=n) + "\nThanks for reading this newsletter. | Subscribe for more")
    ):
        assert article.excerpt == own.format(n=n) == _summary(article), article.excerpt
