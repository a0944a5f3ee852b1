"""Set 61's findings F2, F6, F7, F8 and F9 (/work/unseen61/FINDINGS.md): a post's field rows a generator flattened
before its text (F2), with a link to the post in another language as all that was left (F8), and the summaries that
skipped the lede they opened (F6); a sentence cut at a button's "?" (F7); a summary that took a Japanese sentence and
its near-copy (F9). Those files have no licence: made-up text in each item's shape."""

from bot.boilerstrip import block_row, strip_start
from bot.nearcopies import copied
from bot.sentences import split_sentences
from bot.summary import SourceText, summarize
from tests.builders import read_entries

_WRITE_UP = (
    "Plateforme: Box Arena Lien: Kestrel Niveau: Moyen OS: Linux Kestrel expose un service web vulnérable à "
    "l’injection de commandes. L’énumération du serveur révèle un script de sauvegarde mal protégé."
)


def _excerpt(text: str, title: str) -> str:
    [article] = read_entries([{"title": title, "link": "/p", "text": text}])
    return article.excerpt


def test_a_run_of_field_rows_before_the_text_goes():
    """set61 F2 (k-scorpio--scorpiosec-fr.xml, repository K-Scorpio/scorpiosec, in /work/unseen61/feeds): a Hugo plain
    summary flattened the write-up's field rows into the text's first line, "Platforme: … Lien: … Niveau: … OS: …
    <the text>", and every excerpt and summary opened with them. Also after a heading in capitals, or a category of
    two words before a sentence's opener; the last value is one word, the text may open with a name of two."""
    assert _excerpt(_WRITE_UP, "BA: Kestrel").startswith("Kestrel expose un service web")
    for line, text in (
        ("Platform: Box Arena Link: Heron Level: Easy OS: Windows Heron runs an old mail server.", "Heron runs"),
        ("Plateforme: Box Arena Lien: Heron Niveau: Facile Catégorie : Web DESCRIPTION DU DÉFI Step into the "
         "arcade, where games hide a flag.", "Step into the arcade"),
        ("Plateforme: Cyber Range Lien: Owl Lab Niveau: Facile Categorie: Threat Intel Scénario Une banque a vu "
         "des connexions étranges.", "Une banque a vu"),
        ("Plateforme: Cyber Range Lien: Grey Owl Niveau: Facile OS: Linux Grey Owl présente deux services.",
         "Grey Owl présente"),
        ("Plateforme: Box Arena Lien: K9 Niveau: Moyen OS: Linux et Windows (Cette salle compte deux machines) "
         "Camp est une machine Linux.", "(Cette salle compte"),
    ):  # fmt: skip
        assert strip_start(line)[0].startswith(text), line
    # (not an event's fields, dates, times and prices: its news; not two fields; not fields with no text after them)
    for line in (
        "Date: 12 mars Lieu: Salle Verte Prix: 5 euros Le concert ouvre la saison.",
        "Quand: Lundi Où: Salle Verte Heure: 19:30 Le concert ouvre la saison.",
        "Lieu: Salle Verte Niveau: Facile Le cours ouvre la saison.",
        "Platform: Box Arena Link: Heron Level: Easy OS: Windows",
        "Niveau: Facile OS: Linux Prix: Gratuit inscription obligatoire sur place",
        "Author : Jane Roe Narrator : John Doe Host : Ann Lee Producer : Bob Gray Brooks went home.",  # (credits)
    ):
        assert strip_start(line)[0] == line, line


def test_a_link_to_the_post_in_another_language_goes():
    """set61 F8 (k-scorpio--scorpiosec-fr.xml, repository K-Scorpio/scorpiosec, in /work/unseen61/feeds): after the
    field rows, "Lire cet article en anglais" closed the first line, and the excerpt was that line with "…"."""
    text = "Plateforme: Box Arena Lien: Kestrel Niveau: Moyen OS: Linux Lire cet article en anglais\n" + _WRITE_UP
    assert _excerpt(text.replace("\n", "<br><br>"), "BA: Kestrel").startswith("Kestrel expose un service web")
    for line in ("Lire cet article en anglais", "Read this article in French.", "Leer en inglés"):
        assert strip_start(line)[0] == "", line
    # (not a sentence about reading in a language)
    assert block_row("Lire cet article en anglais aide à progresser, dit la professeure.") is None
    assert strip_start("Read this article in English before the exam, she said.")[1] is None


def test_the_summary_opens_on_the_lede_once_the_field_rows_go():
    """set61 F6 (k-scorpio--scorpiosec-fr.xml, repository K-Scorpio/scorpiosec, in /work/unseen61/feeds): the lede
    started with the field rows and was skipped, the summary opened mid-story ("Après compromission, l’énumération
    du système révèle…"). Without the rows, the lede is the first sentence."""
    [article] = read_entries([{"title": "BA: Kestrel", "link": "/p", "text": _WRITE_UP}])
    assert article.lead.startswith("Kestrel expose")


def test_a_question_mark_before_a_lower_case_word_ends_no_sentence():
    """set61 F7 (k-scorpio--scorpiosec-fr.xml, repository K-Scorpio/scorpiosec, in /work/unseen61/feeds): "La fonction
    Forgot Password? sur le site principal est vulnérable…" was cut after the button's label: a "?" or "!" before a
    word in lower case goes on (set49 F18 joined it before a bracket only)."""
    assert split_sentences("Le site a deux pages. La fonction Reset Password? sur la page est vulnérable.", "fr") == [
        "Le site a deux pages.",
        "La fonction Reset Password? sur la page est vulnérable.",
    ]
    assert len(split_sentences("Click Sign up! and then wait for the mail.", "en")) == 1
    # (not before a word that labels what follows, a patch's subject, or a path; not after a space or a digit; nor
    # before a capital)
    assert split_sentences("OK to merge? ld: the fix.", "en") == ["OK to merge?", "ld: the fix."]
    assert len(split_sentences("Does anyone object to this? ld/ * ldlang.c: Provide syms.", "en")) == 2
    assert len(split_sentences("Можно играть с ботом ! в каждой игре есть ставка.", "ru")) == 2
    assert (
        len(
            split_sentences(
                "ドキュメント: Write it with empty? and any? for lists。Rubyではempty?やany?で書ける。", "ja"
            )
        )
        == 2
    )
    assert len(split_sentences("Is it the end ? maybe not, he said.", "en")) == 2
    assert len(split_sentences("The 2? is odd.", "en")) == 2
    assert split_sentences("Is it safe? Nobody knows.", "en") == ["Is it safe?", "Nobody knows."]


def test_a_summary_takes_no_near_copy_of_a_japanese_sentence():
    """set61 F9 (kraiany--kraiany-ja.atom, repository Kraiany/kraiany.github.io, in /work/unseen61/feeds): a sentence
    under a dropped heading and the next one, which says it again word for word with a clause before it, were both in
    the summary: words compared, and in Japanese a word is a clause."""
    first = "写真展では若い写真家が冬に港町で撮影した四十点余りの写真が展示され、多くの来場者が足を止めた。"
    again = "戦争で故郷を離れた子どもたちの日常を記録した作品を通じて、平和の大切さを伝えるために企画されました。"
    fuller = "「港の子どもたち展」は、三つの町の学校と協力し、" + again[:-9] + "写真展です。"
    story = SourceText("港町で写真展が開催されました", (first, again, fuller))
    summary = summarize([story], 3)
    assert first in summary and (again in summary) != (fuller in summary), summary
    assert copied(again, fuller)
    # (not two sentences of the same shape that say two things, nor short ones)
    assert not copied(first, again)
    assert not copied("東京で雨が降った。", "大阪で雨が降った。")
