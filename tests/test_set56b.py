"""Set 56's findings F4, F7 and F3 (/work/unseen56/FINDINGS.md): "…" after a one-line description that is whole, a
site's legal page at its top level, titled in other words than its slug, stored as a story, and a summary sentence
presenting a plot the digest does not show. No text of the set is quoted: made-up words in each item's shape."""

from bot.namedends import ends_in_name
from bot.pointers import about_unshown
from tests.builders import read_entries

_DATE = "Mon, 04 May 2026 10:00:00 +0200"


def _descriptions(last: str, others: list[str]) -> str:
    """The excerpt of a one-line description ``last`` (first in the feed) beside the feed's ``others``."""
    entries = [{"title": f"Voce {n}", "link": f"/posts/{n}/", "text": t, "date": _DATE} for n, t in enumerate(others)]
    entry = {"title": "Prima", "link": "/posts/prima/", "text": last, "date": _DATE}
    return read_entries([entry, *entries])[0].excerpt


def test_a_description_without_a_stop_is_whole_in_a_feed_whose_descriptions_end_in_names():
    """set56 F4: astaruf--nstsec-it.xml (github.com/astaruf/nstsec-it): a Hugo front-matter description without a
    final stop, "Come ho trovato una RCE … salvandolo da un possibile supply chain attack", stored with "…" after it,
    while the feed's other one-liners end in a name without a stop ("…(CVE-…, CVSS 9.2 Critical)", "…via Response
    Timings", "…dalla NASA") or with one. Near miss: a feed whose texts end in lower-case words far more often than in
    names (a feed that cuts them), or whose names are one label after each text, keeps the "…"."""
    whole = "Come ho scovato una falla grave nel modulo di stampa di un gestionale, salvandolo da una possibile catena di attacchi"
    names = [
        "Come ho trovato una lettura arbitraria in PaperTiger (CVE-2099-1111, CVSS 8.1 High)",
        "Un attestato di ringraziamento dalla ESA",
        "Gestionale 2.1 - Enumerazione degli utenti via Slow Replies",
        "Gestionale 2.1 - Enumerazione degli utenti via Error Pages",
        "Come ho superato il corso di sicurezza web con tanta pazienza, e che cosa ho imparato negli esercizi finali del "
        "secondo modulo.",
        "Il mio articolo sulla rivista del club di informatica.",
    ]
    assert _descriptions(whole, names).endswith("catena di attacchi")
    # Near miss (the review of 0bd0a35): the texts in a lower-case word are the longest, a cut's: the "…" stays.
    longest = [*names[:4], "Il mio articolo sulla rivista del club.", "Come ho superato il corso."]
    assert _descriptions(whole, longest).endswith("…")
    cut = [
        "Oggi parliamo di come configurare il server di posta con tutte le opzioni che servono per la",
        "Un breve racconto del viaggio in montagna fatto insieme agli amici del club di lettura per",
        "Una guida passo passo per installare il sistema sul vecchio portatile di casa senza perdere i",
        "Gestionale 2.1 - Enumerazione degli utenti via Slow Replies",
        "Il mio articolo sulla rivista del club di informatica.",
    ]
    assert _descriptions(whole, cut).endswith("…")
    # ... and one whose names are one label after every text (a show's name) does too
    labelled = [f"Un episodio numero {n} sul club. La storia del giorno.\n\nRadio Club Serale" for n in range(6)]
    assert _descriptions(whole, labelled).endswith("…")
    # a name: a word that opens with a capital letter or a digit, a bracket after it or not; not a lower-case word
    assert ends_in_name("via Slow Replies") and ends_in_name("(CVSS 8.1 High)") and ends_in_name("version 2026")
    assert not ends_in_name("catena di attacchi") and not ends_in_name("(see below)") and not ends_in_name("Fine.")


def _site(page: tuple[str, str], posts: list[str]) -> list[str]:
    """The titles stored of a feed of ``posts`` (their paths) and a ``page`` (title, path), all dated, with text."""
    entries = [{"title": f"Bericht {n}", "link": p, "text": f"Een verhaal nummer {n}.", "date": _DATE}
               for n, p in enumerate(posts)]  # fmt: skip
    title, link = page
    entries.append({"title": title, "link": link, "text": "Alle vragen over uw gegevens gaan naar ons adres.",
                    "date": _DATE})  # fmt: skip
    return [a.title for a in read_entries(entries)]


def test_a_legal_page_at_the_site_s_top_level_titled_in_other_words_is_no_story():
    """set56 F7: thegroundzero--sequr-nl.xml (github.com/thegroundzero/sequr-nl): "Privacy Statement" at /nl/privacy/,
    dated, beside posts at /nl/blog/2021/08/…/, stored and sent as a story (its neighbour "Over ons" at /nl/about/ was
    left out). Near misses: a headline at /nl/privacy/, a post at …/privacy/ deeper in the site, a page beside fewer
    than ROOM_MATES posts deeper, and one in a blog whose posts sit at its top level stay."""
    deeper = [f"/nl/blog/2021/08/verhaal-{n}/" for n in range(4)]
    assert "Privacyverklaring" not in _site(("Privacyverklaring", "/nl/privacy/"), deeper)
    assert "Gegevens en privacy" not in _site(("Gegevens en privacy", "/nl/privacy/"), deeper)
    essay = "Waarom privacy ertoe doet voor iedereen"  # (a headline, not a page's name of a few words)
    assert essay in _site((essay, "/nl/privacy/"), deeper)
    assert "Privacyverklaring" in _site(("Privacyverklaring", "/nl/blog/2021/08/privacy/"), deeper)
    assert "Privacyverklaring" in _site(("Privacyverklaring", "/nl/privacy/"), deeper[:3])
    top = [f"/verhaal-{n}/" for n in range(4)]
    assert "Why privacy matters" in _site(("Why privacy matters", "/privacy/"), top)


def test_a_sentence_presenting_a_plot_or_a_picture_is_about_what_is_not_shown():
    """set56 F3: sagemath--planet-sage.xml (github.com/sagemath/planet-sage): "Here is a plot of the strategies played
    during the … rounds:" before a picture the feed dropped, its colon a full stop, picked by the digest's summary.
    Near misses: numbers given in the sentence ("Here are the figures for May: …"), a plan, a video (in a video feed,
    the entry itself), a sentence that only mentions a map."""
    for sentence in (
        "Here is a plot of the moves made in the first and second games.",
        "Here's a quick screenshot of the new settings page.",
        "Here are two more photos from the harbour walk.",
        "Here is the final table of scores after the third week.",
    ):
        assert about_unshown(sentence), sentence
    for sentence in (
        "Here are the figures for May: sales rose by a tenth.",
        "Here is the plan for the next meeting.",
        "Here's a short video with some follow-up tests!",
        "There is a map of the old town in the hall.",
        "Here is my table: oak, two metres long.",
    ):
        assert not about_unshown(sentence), sentence
