"""Set 53's findings (/work/unseen53/FINDINGS.md, tests/data/unseen/set53). Its files have no licence: made-up text in
each item's shape."""

from dataclasses import replace

from bot.blocks import html_blocks, prose
from bot.cluster import cluster
from bot.models import StoredArticle
from bot.normalize import read_feed
from bot.sentences import split_sentences
from bot.summary import SourceText, summarize
from tests.builders import T0, excerpt, stored


def _releases(texts: list[str]) -> list[str]:
    items = "".join(
        f"<item><title>1.2.{n}</title><link>https://tool.example/releases/1.2.{n}/</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, text in reversed(list(enumerate(texts)))
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Tool</title>{items}</channel></rss>'.encode()
    return [
        a.excerpt
        for a in read_feed(body, url="https://tool.example/f", source="T", now=T0, excerpt_length=300).articles
    ]


def test_a_first_paragraph_two_releases_share_is_their_own():
    """set53 F1 (slic3r--releases.xml, Slic3r's release notes): 1.2.7 and 1.2.8 open with the same paragraph ("More
    bugfixes. We want to make 1.2.x stable soon…"), which was taken for a series' standing intro and dropped: 1.2.8
    showed only "For the whole list of changes… see the release notes for 1.2.0, …". Two entries alone, with no list of
    the series after it, share a lead carried forward; three or more (or two with the series' list) a series' intro."""
    lead = "<p>Mostly fixes this time. We want the 1.2 line to be stable soon, so please test it and tell us. Dear users: thank you for all your reports!</p>"
    rest = "<p>For the whole list of changes and new features see the release notes of 1.2.0 to 1.2.{}.</p>"
    own = [
        f"<p>New in this one: item {n} of the plan, which took a long time to get right in the new code and in the old one.</p>"
        for n in range(6)
    ]
    texts = [
        f"<p>Release {n} brings a new slicing engine and many smaller improvements to the GUI.</p>{own[n]}"
        for n in range(4)
    ]
    texts += [lead + own[4] + rest.format(3), lead + own[5] + rest.format(4)]
    assert [t.startswith("Mostly fixes this time.") for t in _releases(texts)[:2]] == [True, True]
    # (three share it: a standing intro, as before)
    texts[3] = lead + own[3] + rest.format(2)
    assert not any(t.startswith("Mostly fixes") for t in _releases(texts)[:3]), _releases(texts)[:3]


def test_a_dotted_title_or_a_shortened_rank_before_a_name_ends_no_sentence():
    """set53 F4 (snorresovold--nrk-toppsaker-no.xml, NRK's top stories; ljdursi--rct-jobs.xml, a job board): the excerpt
    ended "…kommunikasjonssjef i Conoco Philips. Adm.dir." (Norwegian "managing director", the next sentence's first
    word), and the summary's segmenter made "The Sr." a sentence of its own and dropped it ("VP for Research… is
    hiring…")."""
    shown = excerpt(
        "<p>Det er sett droner over feltet i Nordsjøen denne uken. – Vi samarbeider med myndighetene, sier Kari Nordmann "
        "som er pressesjef i Oljeselskapet.<br>Adm.dir. Ola Nordmann i Oljeselskapet sier til avisen at dette er første "
        "gang selskapet ser droner rundt sine plattformer, at politiet er varslet og at alle ansatte på feltet har fått "
        "beskjed om å melde fra om alt de ser av fartøy og luftfartøy i nærheten av plattformene fremover.</p>"
    )
    assert shown.endswith("pressesjef i Oljeselskapet."), shown
    assert split_sentences("Det ble sett droner i går. Adm.dir. Ola Nordmann sier dette i dag. Mer her.")[1].startswith(
        "Adm.dir. Ola"
    )
    assert (
        split_sentences("Han er dr.philos. Hans Olsen fra Oslo. Mer her.")[0]
        == "Han er dr.philos. Hans Olsen fra Oslo."
    )
    hiring = "The Sr. VP for Research and Innovation is hiring a Director of Research Security. Apply by May."
    assert split_sentences(hiring)[0].startswith("The Sr. VP for Research"), split_sentences(hiring)
    # (after a name, "Jr." may end the sentence; a name with a dot inside that is no title still ends one)
    assert split_sentences("It was built by John Smith Jr. He later moved to Ohio.")[1] == "He later moved to Ohio."
    assert split_sentences("The site is written in Node.js. The rest is Go.")[1] == "The rest is Go."


def test_one_forum_topic_opened_twice_without_text_is_one_story():
    """set53 F7 (sitebackerupper--gauntlet-forums.xml, a Discourse forum): two topics "Gauntlet Video Roundup - November
    8, 2019" (…/3905 and …/3908), each only the forum's companion-topic line (dropped: no text of their own), were two
    entries of the digest. One feed's two entries with one headline and one topic slug, hours apart, are one story;
    without a slug of their own (an address ending in a number alone: "/incidents/41") they stay two."""

    def topic(n: int, link: str, hours_ago: float) -> StoredArticle:
        a = stored(n, feed="Forum", title="Video Roundup - November 8, 2019", hours_ago=hours_ago, link=link)
        return replace(a, article=replace(a.article, excerpt=""))

    slug = "https://forum.example/t/video-roundup-november-8-2019/"
    [story] = cluster([topic(1, slug + "3905", 0.5), topic(2, slug + "3908", 0.2)])
    assert story.matches[0].detail == "one feed's entry twice"
    assert (
        len(
            cluster(
                [topic(3, "https://status.example/incidents/41", 3), topic(4, "https://status.example/incidents/42", 1)]
            )
        )
        == 2
    )
    assert len(cluster([topic(5, slug + "3905", 30), topic(6, slug + "3908", 1)])) == 2  # (a day apart: two)
    broken = "http://[::1/t/video-roundup-november-8-2019/"  # (an address urlsplit cannot read: no slug, no error)
    assert len(cluster([topic(7, broken + "1", 0.5), topic(8, broken + "2", 0.2)])) == 2


def test_a_list_of_handles_ends_the_story_it_thanks():
    """set53 F3 (zhandermusic--auxy-disco.xml, a Discourse forum): ten lines of one @mention each, the people a post
    thanks, were each removed as a byline ("— @name"), and the text went on about the list: the excerpt ended "Thank
    you… And there's probably many more.", the summary took "If you weren't included on the list, don't worry." Two
    handle lines or more in a row are a list: the story ends before it. One handle alone stays a byline (removed)."""
    handles = "".join(f'<a class="mention" href="https://forum.example/u/p{n}">@Player{n}</a><br>' for n in range(5))
    post = (
        "<p>I wanted to thank these people for helping me on my music journey. It is your music, and that is what "
        f"matters. Thank you…<br>{handles}And there are probably many more.<br>If you were not on the list, do not "
        "worry. Everyone here made this forum a good place to share tracks.</p>"
    )
    assert excerpt(post).endswith("that is what matters. Thank you…"), excerpt(post)
    assert "on the list" not in prose(html_blocks(post))
    single = "<p>The update ships today for every user.</p><p>— @hodlhodl</p><p>It fixes the login bug for good.</p>"
    assert excerpt(single) == "The update ships today for every user. It fixes the login bug for good."


def test_a_sentence_that_only_thanks_is_no_summary_sentence():
    """set53 F1's summaries (slic3r--releases.xml): with the release's lead kept, 1.2.7's summary took "Dear Slic3r
    community: thank you for your support, testing, reports and love!" over what the release brings; across the
    stored feeds a summary also said "Thanks to Cosy Kitchen Catering for sponsoring this weeks podcast!", "Thank you
    for showing interest in our job." A sentence that only thanks is a credit or a sign-off: never a summary sentence.
    "Thanks to" what causes what follows is no thanks."""
    release = (
        "Mostly fixes in this one.",
        "Dear Slicer community: thank you for your support, testing, reports and love!",
        "The new version loads files into the GUI when they are given on the command line.",
        "Thanks to Jane Roe for the new icons.",
    )
    said = summarize([SourceText("1.2.8", release)])
    assert not any("thank" in s.lower() for s in said), said
    lede = "Thanks to the harbour fund, a new crane arrived at the docks just in time for the winter."
    said = summarize([SourceText("A new crane", (lede, "It lifts twice what the old one did."))])
    assert said[0] == lede, said
    battery = "Thanks to its new battery the phone lasts two days on one charge."
    assert summarize([SourceText("Phone", (battery,))]) == [battery]


def test_a_greek_this_and_an_article_leans_on_the_sentence_before():
    """set53's re-read (jimishol--website-el.xml, a Greek blog): with "Θεωρούσα δηλαδή…" no longer taken alone, the summary
    opened on "Αυτή η θεώρηση δημιουργούσε μεγάλη πίεση…" ("this view created…"), the view the sentence before held.
    "This/that" and an article before a noun is taken only after that sentence; not before the text itself or a time."""
    from bot.anaphora import leans_within

    assert leans_within("Αυτή η θεώρηση δημιουργούσε μεγάλη πίεση για την επόμενη κίνηση.")
    assert not leans_within("Αυτό το άρθρο εξηγεί πώς παίζεται το παιχνίδι.")
    assert not leans_within("Αυτή η εβδομάδα ήταν δύσκολη για όλους.")
