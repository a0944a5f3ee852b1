"""Set 70 (/work/unseen70a/FINDINGS.md and /work/unseen70b/FINDINGS.md), group c: an untitled entry's stand-in title
that takes a first sentence up to half as long again as its limit (bot/titlesentence.py, 70a F2), a first sentence just
past the excerpt's limit shown whole (bot/excerptends.py allowance, 70a F4), a title's escaped <sub>/<sup> read as
what they mark (bot/titlescripts.py, 70b N1), a first line without a stop over the text's sentences read as a subtitle
(bot/subtitles.py, 70a F7). Made-up text in the feeds' shapes."""

from bot.excerpt import make_excerpt
from bot.subtitles import subtitled
from bot.titles import clean_title, title_from_text
from tests.builders import excerpt, read_entries

# A case study's plain description: its heading and a label run into its first sentence (threethirds--cases-lt.xml)
_CASE_FIRST = (
    "Krovinių planavimo vertinimas Kliento iššūkis Ratas yra didžiausia regione pilnų krovinių gabenimo "
    "sunkvežimiais bendrovė, turinti daugiau kaip 5000 sunkvežimių ir dvidešimt sandėlių."
)
_CASE_REST = " 2021 m. ji pradėjo skaitmeninę transformaciją. Mums buvo pavesta įvertinti įmonės poreikius."


def test_a_stand_in_title_takes_a_first_sentence_up_to_half_as_long_again():
    """Set 70a, finding 2 (threethirds--cases-lt.xml, repository threethirds/threethirds.github.io, in
    /work/unseen70a/feeds): an untitled entry whose first sentence ran 170-212 characters got a title cut at its
    comma at 150 ("…bendrovė…") and an excerpt opening "…turinti daugiau…". A first sentence up to 225 characters
    with more after it is the whole title; the excerpt starts at the second sentence."""
    assert 150 < len(_CASE_FIRST) <= 225
    [article] = read_entries([{"title": "", "link": "/a", "text": _CASE_FIRST + _CASE_REST}])
    assert article.title == _CASE_FIRST.rstrip("."), article.title
    assert article.excerpt.startswith("2021 m. ji pradėjo"), article.excerpt
    assert title_from_text(_CASE_FIRST + _CASE_REST) == _CASE_FIRST.rstrip(".")


def test_a_longer_or_a_lone_first_sentence_is_still_cut():
    """Counter-examples to set 70a F2: a first sentence past 1.5 × the limit is cut at a clause mark, as is a post of
    one long sentence with nothing or a few words after it (a microblog post: its text is the excerpt, set12)."""
    long_first = _CASE_FIRST[:-1] + ", kurie visi dirba trimis pamainomis ir aptarnauja klientus keliolikoje šalių."
    assert len(long_first) > 225
    assert title_from_text(long_first + _CASE_REST).endswith("…")
    assert title_from_text(_CASE_FIRST).endswith("…"), title_from_text(_CASE_FIRST)
    assert title_from_text(_CASE_FIRST + " Ačiū visiems.").endswith("…")  # (a few words after it: set12's reply)
    short = "Ratas yra didžiausia regiono bendrovė. " + _CASE_FIRST
    assert title_from_text(short) == "Ratas yra didžiausia regiono bendrovė"


# Turkish prose of long sentences (EnginKarahan--karahan-tr.xml): a first sentence of 335 characters, then more
_LONG_FIRST = (
    "Eyaletteki “Vicdan Testi”ni eleştirmek için bir salon dolusu gazeteciyi biraraya getirip, cemaatlerin "
    "açıklama ve fikirlerini ülke çapında yayınlatabilmek, toplum içindeki gelişmeler ile ülke çapında yayın "
    "yapan ciddi gazetelerin fikir sayfalarında tartışılıyor olmak, bütün bunlar artık çok uzun zaman önce "
    "geride kalmış olan eski tecrübeler."
)
_AFTER = " Artık ne gazeteciler ne de cemaatler bu konuda konuşuyor. Bunun pek çok nedeni vardır."


def test_a_first_sentence_just_past_the_limit_is_shown_whole():
    """Set 70a, finding 4 (EnginKarahan--karahan-tr.xml, repository EnginKarahan/karahan-active, in
    /work/unseen70a/feeds):
    a first sentence of 331-351 characters was cut at 300 a few words before its end ("…fikir sayfalarında…"). When
    the cut falls in the text's first sentence and it ends within 1.2 × the limit, the sentence is shown whole."""
    assert 300 < len(_LONG_FIRST) <= 360
    assert excerpt(f"<p>{_LONG_FIRST}{_AFTER}</p>") == _LONG_FIRST


def test_a_later_sentence_or_a_longer_first_one_is_still_cut():
    """Counter-examples to set 70a F4: a first sentence past 1.2 × the limit is cut with "…", and so is a second
    sentence that runs 50 characters past the limit (only the first sentence gets the allowance)."""
    longer = _LONG_FIRST[:-1] + ", ve bugün bunları hatırlayan pek az kişi kaldı gibi görünüyor."
    assert len(longer) > 360
    assert excerpt(f"<p>{longer}{_AFTER}</p>").endswith("…")
    first = "Bunun pek çok nedeni vardır ve hepsi de bilinir. "
    second = _LONG_FIRST[: 300 - len(first) + 50 - 1] + "."
    shown = excerpt(f"<p>{first}{second}{_AFTER}</p>")
    assert shown.startswith(first) and shown.endswith("…"), shown  # (not "…geride kalm." whole)


def test_a_titles_escaped_sub_and_sup_read_as_they_mark():
    """Set 70b, note 1 (gbrammer--arxiv-jwst.xml, repository gbrammer/arxiv-to-rss, in /work/unseen70b/feeds): an
    arXiv title whose feed escaped its markup ("Down to M&lt;sub&gt;&amp;sext;&lt;/sub&gt;", read as plain text) kept
    "M<sub>✶</sub>". A <sub>/<sup> pair becomes the Unicode characters when each has one, else the tags go."""
    title = "Galaxies Down to M<sub>&sext;</sub>≃10^5.7 M<sub>&odot;</sub> at z≃4.5"
    assert clean_title(title, is_html=False) == "Galaxies Down to M✶≃10^5.7 M⊙ at z≃4.5"
    assert clean_title("Molecular H<sub>2</sub> Winds in 10<sup>-3</sup> of disks", is_html=False) == (
        "Molecular H₂ Winds in 10⁻³ of disks"
    )
    # (not a tag alone, nor one of another name: what the title says)
    assert clean_title("Why <sub> elements matter", is_html=False) == "Why <sub> elements matter"
    assert clean_title("Styling <b>bold</b> text", is_html=False) == "Styling <b>bold</b> text"


_STUDY = (
    "“Cemaatten Sonra” Durum Değerlendirmesi Müslüman cemaatlerin iç yaşamı, az araştırılmış alanlardan biridir. "
    "Bunun pek çok nedeni vardır. Araştırmacılar için cemaatlerin iç dünyasına erişim pek de mümkün değil."
)


def test_a_first_line_without_a_stop_over_sentences_is_a_subtitle():
    """Set 70a, finding 7 (EnginKarahan--karahan-tr.xml, repository EnginKarahan/karahan-active, in
    /work/unseen70a/feeds): a plain description's first line without a stop ("… yabancı kalma arasındaki mücadele"),
    then a text of sentences: the excerpt was that line alone with "…". A line of three to twenty words over a block
    that ends two sentences is shown with a stop, and the excerpt goes on."""
    subtitle = "Cemaat içindeki yerleşiklik ve yabancı kalma arasındaki mücadele"
    shown = make_excerpt(f"{subtitle}\n{_STUDY}", 300, "Gurbeti Vatan Edinebilmek?")
    assert shown.startswith(subtitle + ". “Cemaatten Sonra”"), shown
    assert "Bunun pek çok nedeni vardır." in shown


def test_a_clause_a_short_block_or_a_single_sentence_is_no_subtitle():
    """Counter-examples to set 70a F7: a block of one sentence after the line may lean on it, a line of more than
    twenty words is prose whose stop is missing, a line of fields, a numbered list after the line:
    never glued."""
    one = "Müslüman cemaatlerin iç yaşamı, az araştırılmış alanlardan biridir."
    assert make_excerpt(f"Cemaat içindeki yerleşiklik ve yabancı kalma arasındaki mücadele\n{one}", 300) == (
        "Cemaat içindeki yerleşiklik ve yabancı kalma arasındaki mücadele…"
    )
    long = " ".join(["Cemaat içindeki yerleşiklik ve yabancı kalma arasındaki mücadele"] * 3)  # (27 words: prose)
    assert make_excerpt(f"{long}\n{_STUDY}", 300) == long + "…"
    # (the rule itself, bot/subtitles.py: a list of names, an arXiv entry's authors, gbrammer--arxiv-jwst.xml; a line
    # of fields; a numbered list, Aryan-Jhaveri--brock-events.rss (repository Aryan-Jhaveri/mcp-brockevents), whose
    # "1." and "2." end no sentence)
    abstract = "We present a survey of dwarf galaxies. Their metals are few."
    assert subtitled("Ada Lovelace, Carl F Gauss, Maria de la Cruz, Emmy Noether", abstract, 300) == ""
    assert subtitled("Integrity Office @BU | Virtual Teams Drop In Event", abstract, 300) == ""
    steps = "Policy Framework 1. Our Integrity Policy (April 17, 2024) 2. How fairness is documented 3."
    assert subtitled("Integrity Office drop in event for all students", steps, 300) == ""
    assert subtitled("Integrity Office drop in event for all students", abstract, 300).endswith("students.")
