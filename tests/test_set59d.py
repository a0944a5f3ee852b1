"""Set 59's F3 (one of its shapes) and F11 (tests/data/unseen/set59/FINDINGS.md): a list's row shown in a summary
without the lead-in that announces it, and a reference's authors as a summary sentence. Made-up text in the items'
shape."""

from bot.paragraphs import paragraph_openers
from bot.pointers import about_unshown
from bot.summary import SourceText, summarize
from bot.usable import usable_in


def _summary(paragraphs: list[list[str]], title: str) -> list[str]:
    sentences = [s for paragraph in paragraphs for s in paragraph]
    text = "\n".join(" ".join(paragraph) for paragraph in paragraphs)
    return summarize([SourceText(title, sentences, paragraph_openers(sentences, text))], 3)


def test_a_row_under_a_lead_in_is_taken_only_with_it():
    """set59 F3 (pennspark--spark-newsletter-substack.xml, github.com/pennspark/…): "Penn Pulse: A web app that lets
    users upload tracks…" in a digest's summary, a row of the list "Read more about what we’re cooking in all of our
    projects below:" announces (a pointer, never shown); nor the row after it ("Pent Up: …"). Near miss: a paragraph
    after a lead-in that is no row (a statement after a picture) is taken as before."""
    rows = [
        ["We are thrilled to announce our new cohort of sixteen developers and ten designers for the projects."],
        ["We are excited to kick off six projects this semester, including a client project with a startup."],
        ["Read more about what we are cooking in all of our projects below:"],
        ["Track Mixer: A web app that lets users upload tracks to be mixed into continuous playlists by developers."],
        ["Quiet Room: An anonymous platform for students to share unspoken thoughts about projects and developers."],
    ]
    summary = _summary(rows, "Our projects this semester for developers")
    assert summary and not any(s.startswith(("Track Mixer:", "Quiet Room:")) for s in summary)
    statement = [
        ["You have a storyboard with every controller in it, even when they are all the same:"],
        ["Each controller of the storyboard simply has an image and a label for the controller."],
    ]
    assert _summary(statement, "How to reuse the controllers of a storyboard")[-1].startswith("Each controller")


def test_a_reference_s_authors_are_no_summary_sentence():
    """set59 F11 (aizawalab--hiroshima-neurobio-ja.xml, github.com/aizawalab/…): "Cui W, Aida T, Ito H, …, Aizawa H.
    Dopaminergic signaling in the nucleus accumbens…" (a paper under its label) picked by the digest's summary. Near
    miss: a sentence naming people with initials and saying something ("Smith J, the mayor, said…")."""
    reference = "Cui W, Aida T, Ito H, Kato S, Aizawa H. Dopaminergic signaling in the nucleus modulates coping."
    assert not usable_in(reference, frozenset(), False, True)
    assert usable_in(
        "Smith J, the mayor of the town, said the bridge would open in the spring.", frozenset(), False, True
    )


def test_more_examples_a_message_shown_and_a_link_s_place_are_not_shown():
    """set59 F3 (kamarada--linux-kamarada-pt.xml, jn-prod--nicolasjouanno-substack-fr.xml, abarrak--abarrak-com-ar.xml):
    "Provavelmente há mais exemplos de “categorias” de pacotes, mas…" after a list the summary leaves out, "…est bien
    raconté ici : fintechbrainfood, et…" (a link's anchor), "كما يظهر في عبارة الخطأ, …" ("as the error message shows",
    a code block). Near misses: "here:" that opens a question, French "hier :" ("yesterday"), examples of its own."""
    for sentence in (
        "Provavelmente há mais exemplos de categorias de pacotes, mas acho que já deu pra entender a ideia.",
        "Le récit complet de la semaine est bien raconté ici : fintechbrainfood, et décortiqué en vidéo.",
        "كما يظهر في عبارة الخطأ, تتعلق المشكلة بالوصول إلى المساحة.",
    ):
        assert about_unshown(sentence), sentence
    assert not about_unshown("Let’s work through one here: how likely is it that you will enjoy this episode?")
    assert not about_unshown("Ils sont arrivés hier : trois jours de retard sur le programme prévu.")
    assert not about_unshown("The library ships with examples for every platform it supports.")
