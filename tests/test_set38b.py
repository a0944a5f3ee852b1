"""set38's finding F8, the summary's side (/work/unseen38/FINDINGS.md; its feeds have no licence but one: made-up
words in each feed's shape): sentences that lean on one the summary left out, in Norwegian, Romanian, Indonesian,
Turkish and English, and a person called by a given name alone whom a sentence before named in full."""

from bot.discourse import leans_back
from bot.names import named_before
from bot.summary import SourceText, summarize


def test_more_openers_that_point_back_lean():
    """set38 F8: abeldid "Denne fleksibiliteten baserer seg på…" (nb "this flexibility": the sentence that named it was
    left out), kartini "Lalu bagaimana mereka bisa…" (id "then how do they…"), gkmngrgn "Şaka bir yana, …" (tr "joking
    aside": the joke left out), nnbnh "Even for simple stuff like…" (en), concosminx "Acest pas…" (ro "this step").
    The text itself and the present do not lean ("Denne uken…", "Acest articol…": this week, this article); nor
    Indonesian "Lalu…", also the first half of "lalu lintas" (traffic)."""
    for sentence in (
        "Denne fleksibiliteten baserer seg på programvare.",
        "Disse enhetene utgjør Tingenes Internett.",
        "Lalu bagaimana mereka bisa terus up to date setiap hari?",
        "Mereka bisa terus belajar setiap hari?",
        "Şaka bir yana, bu pratiği deneyimledikten sonra çok şey öğrendim.",
        "Even for simple stuff like handling results, it works well.",
        "Acest pas este esențial pentru site.",
    ):
        assert leans_back(sentence), sentence
    for sentence in (
        "Denne uken skjedde det mye i byen.",
        "Acest articol explică totul pas cu pas.",
        "Denne uge skete der meget i byen.",  # (Danish's indefinite form after "denne")
        "Dette indlæg handler om Rust og WebAssembly.",
        "Denne guiden viser hvordan du installerer Linux.",
        "Această postare explică totul despre Hugo.",
        "Lalu lintas di Jakarta macet parah pagi ini.",  # ("traffic", not "then")
        "Lalu-lalang kendaraan membuat jalan ini ramai.",
    ):
        assert not leans_back(sentence), sentence


def test_a_given_name_alone_leans_on_the_sentence_that_named_the_person(monkeypatch):
    """set38 F8: helsec "HelSec November 2025 Meetup": the summary took "Currently Jussi is the head of Finnish defence
    forces…" without "We're thrilled to have Elias Alanko and Jussi Tuovinen…", so "Jussi" was nobody. A given name the
    text before gives only before a surname leans on it; a word that opens sentences ("The" of "The Verge") is none."""
    intro = "We are thrilled to have Elias Alanko and Jussi Tuovinen as speakers at the November meetup."
    jussi = "Currently Jussi is the head of the Finnish defence forces cyber command."
    assert named_before(jussi, ["Doors open at six.", intro]) == 1
    assert named_before("Jussi Tuovinen is the head of the cyber command.", [intro]) == -1
    assert named_before("The meetup starts at six in the evening.", ["The Verge wrote about the meetup."]) == -1
    assert (
        named_before("The next poster comes from the School of Design.", ["The Architecture School Lecture Guide"])
        == -1
    )
    title = "Finnish defence forces cyber command at HelSec"
    sentences = (
        "HelSec meets every month in Helsinki for talks about security.",
        intro,
        "Doors open at six.",
        jussi,
        "The Finnish defence forces cyber command defends the networks of the Finnish defence forces.",
    )
    chosen = summarize([SourceText(title, sentences)], 2)
    assert jussi not in chosen and chosen[0] == sentences[0]
    monkeypatch.setattr("bot.summary.named_before", lambda sentence, before: -1)
    assert jussi in summarize([SourceText(title, sentences)], 2)  # (without the rule, he is taken alone)
    monkeypatch.undo()
    # (named in a sentence the summary cannot show, a quote: the given name alone stays out)
    quoted = (
        "> Our tester Anna Berg wrote about the launch in detail.",
        "Anna liked the new launch flow and the fix for the login bug.",
        "The fix for the login bug ships next week with the new launch flow.",
    )
    assert quoted[1] not in summarize([SourceText("The new launch flow and the login bug fix", quoted)], 2)
    # (a given name used alone only after the full name is still a given name alone; "Steve" of "Yesterday Steve Jobs")
    assert named_before(jussi, [intro, "Jussi leads the team."]) == 0
    assert named_before("Steve said the phones were ready.", ["Yesterday Steve Jobs talked about jobs."]) == 0
    # (a word the text writes in lower case twice is no name: "Apple Music" / "music", "music")
    music = "Subscribers of Apple Music can listen to music offline, and music is what they pay for."
    assert named_before("Apple said the service would grow.", [music]) == -1
    # (taken with the sentence that named him, however far before: "Brent Simmons writes that only indies can do what
    # Marco did." after "Marco Arment has pulled his app…")
    marco = (
        "Marco Arment has pulled his content-blocking app Peace from the App Store.",
        "The web is different than it was a few days ago, and so our choices are different too.",
        "Brent Simmons writes that only indies can do what Marco did with his app and the store.",
    )
    assert marco[2] in summarize([SourceText("Peace pulled from the App Store", marco)], 3)


def test_a_row_of_a_guests_links_flattened_into_the_text_is_no_summary_sentence():
    """set38 F10: kelimuttu--kartini-episodes.xml (plain summaries): "…untuk meningkatkan kehidupan. Website Twitter
    LinkedIn Deskripsi Belakangan ini kayaknya lagi ramai…": the guest's link row and the "Deskripsi" heading, flattened,
    opened a summary sentence. A sentence about the networks stays."""
    from bot.usable import usable

    assert not usable("Website Twitter LinkedIn Deskripsi Belakangan ini kayaknya lagi ramai pembahasan soal AI.")
    assert not usable("Twitter LinkedIn Instagram Di episode kali ini, kami ngobrol soal karier di dunia data.")
    assert usable("YouTube TikTok and Instagram fight for the same young audience this year.")
    assert usable("Twitter and LinkedIn both changed their APIs for developers this week.")
    assert usable("GitHub Actions now supports arm64 runners for everyone on every plan.")
