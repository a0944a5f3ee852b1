"""Set 68 (/work/unseen68a/FINDINGS.md F2, F8; /work/unseen68b/FINDINGS.md F6, F8, F9): summary sentences that lean
on what the digest does not show — a picture, code output or a topology "above", a later step (bot/unshownparts.py,
bot/sequenceopeners.py), a Czech or Hungarian demonstrative whose sentence was dropped, a gerund of "this" after the
question it answers, a bare "this" that was a link's text; the page's own links "below" (bot/unshownparts.py); a
show's credits as the only sentence (bot/castlines.py). Made-up text in the feeds' shapes: the feeds the rules were
written for have no licence."""

from bot.castlines import cast_line
from bot.leanings import leans_before
from bot.sequenceopeners import leans_by_opener
from bot.summary import SourceText, summarize
from bot.unshownparts import about_unshown_part
from bot.usable import usable
from tests.builders import digest_summary, read_entries


def _summary(title: str, text: str) -> str:
    [article] = read_entries([{"title": title, "link": "/p/1", "text": text}])
    return digest_summary(article)


def _leans(sentences: list[str]) -> bool:
    return leans_before(sentences, len(sentences) - 1, "", 5)


def test_a_sentence_about_a_picture_or_output_above_is_no_summary_sentence():
    """Set 68a, finding 2 (rimaulana--riospace-id.xml, repository rimaulana/riospace, in /work/unseen68a/feeds): a
    sentence about a picture, a command's output or a topology the page shows above it ("Contoh diatas saya dapatkan
    dari VM mikrotik…", "Dari topologi diatas dapat kita lihat…", "…mirip sama gambar diatas.") was a summary
    sentence, the picture and the <pre> not shown. The noun right before the place word tells it: "berjalan diatas
    Qemu" ("running on Qemu") stays."""
    post = (
        "<p>Kemarin saya memasang router virtual baru untuk latihan jaringan di rumah, dan ternyata urutan interface "
        "yang muncul tidak sesuai dengan urutan kabel yang saya pasang.</p>"
        "<pre>7 R ether8 1500 00:BB:0E:E7:AE:00 enabled</pre>"
        "<p>Contoh diatas saya dapatkan dari router virtual yang berjalan diatas Qemu di laptop saya sendiri. "
        "Pada umumnya nomor MAC address pada virtualisasi selalu urut dari awal sampai akhir tanpa ada yang terlewat.</p>"
        "<p>Karena itu saya menulis skrip kecil untuk mengurutkan kembali interface berdasarkan nomor MAC address "
        "sehingga konfigurasi di router tetap rapi dan mudah dibaca oleh teman satu tim.</p>"
    )
    summary = _summary("Mengurutkan Interface Router Virtual", post)
    assert "Contoh diatas" not in summary, summary
    assert summary.startswith("Kemarin saya memasang"), summary
    assert not usable("Dari topologi diatas dapat kita lihat bahwa semua VLAN bermuara ke router pusat.")
    assert not usable("Bentuknya hampir mirip sama gambar diatas, hanya warnanya yang berbeda sedikit.")
    assert not usable("After the upgrade, the output above shows every interface in its right order again.")
    assert not usable("Comme le montre l'exemple ci-dessus, la configuration tient en dix lignes de texte.")
    # (counter-examples: "on top of", a verb before it; an announced table; a fact with no page part)
    assert usable("Router virtual ini berjalan diatas Qemu dan memakai empat interface ethernet sekaligus.")
    assert usable("Harga minyak naik di atas seratus dolar per barel untuk pertama kalinya tahun ini.")
    assert not about_unshown_part("Tabel berikut berisi daftar harga paket internet dari tiga penyedia besar.")
    assert not about_unshown_part("Temperatures stayed above zero for the whole week across the region.")


def test_a_later_step_is_taken_only_after_the_one_before_it():
    """Set 68a, finding 2 (rimaulana--riospace-id.xml: "Langkah 4: Extract file yang barusan di download…", a step
    label mid-summary) and set 68b, finding 6 (miniflux--dustri-atom.xml, repository miniflux/v2's test feeds, in
    /work/unseen68b/feeds: "The last step is to tick all the boxes…" after steps the summary skipped; "…at least until
    this makes its way into a release.", "this" a link's text; "After discussing this with friends, …" after the
    question it answers): each leans on the sentence before it. Not "Step 1:", "The last time…", "until this week"."""
    assert leans_by_opener("Langkah 4: Extract file yang barusan di download ke folder /opt dengan perintah ini.")
    assert leans_by_opener("Step 3: open the settings page and paste the token you copied.")
    assert leans_by_opener("The last step is to tick all the boxes in the preferences and you're good to go.")
    assert leans_by_opener("La dernière étape consiste à redémarrer le serveur une fois la configuration faite.")
    assert leans_by_opener(
        "Keep some space on the disk for the cache, at least until this makes its way into a release."
    )
    assert leans_by_opener("After discussing this with friends, we don't think that it makes the bug unexploitable.")
    assert not leans_by_opener("Step 1: download the installer from the project's release page.")
    assert not leans_by_opener("The last time the council met, it voted to keep the station open.")
    assert not leans_by_opener("Prices will stay high at least until this week's auction is over.")
    assert not leans_by_opener("After discussing the plan with the board, the mayor agreed to delay the vote.")
    story = SourceText("Video acceleration in a media server inside a container", (
        "Hardware-accelerated video decoding in a media server is a desirable goal if you don't want your CPU to "
        "melt every time somebody watches a video on a phone.",
        "One can map the render device into the container with a single line of lxc config.",
        "Nothing gets less secure: an unprivileged container could already talk to the kernel's driver.",
        "Some people also set the device's group by hand, which the newer releases do for you.",
        "The last step is to tick all the video acceleration boxes in the media server's preferences and you're "
        "good to go.",
        "Don't forget to keep space on the disk for the video transcoding cache of the media server, at least until "
        "this makes its way into a release.",
    ))  # fmt: skip
    chosen = summarize([story], 3)
    assert story.sentences[4] not in chosen and story.sentences[5] not in chosen, chosen


def test_a_czech_or_hungarian_demonstrative_opener_leans_on_the_sentence_before():
    """Set 68a, finding 8 (jandolezal--blog-cs.xml, repository jandolezal/jandolezal.github.io; hermanp--blog-hu.xml,
    repository hermanp/hermanp.github.io; in /work/unseen68a/feeds): the summary opened on "Je to tvá výhoda…" ("it
    is your advantage": what, the dropped sentence said) and "Szükséges egy ilyen történeti munkához…" ("such a
    historical work"). Not "Ez a poszt…", "Ezzel a poszttal kezdem…", "Ez az 1977-es év…" ("this" before the noun it
    names: the review of the diff), nor a sentence without them."""
    assert _leans(["Programování je příležitost.", "Je to tvá výhoda v kanclu, laborce, redakci."])
    assert _leans(["Vyzkoušel jsem nový editor.", "Tohle je i moje zkušenost s ním po dvou letech."])
    assert _leans(
        ["Ez vezetett a forrásanyaghoz.", "Szükséges egy ilyen történeti munkához kezdő időpontot szabni, de legalább."]
    )
    assert _leans(["A lakótelep 1960-ban épült.", "Ezért a városrész lakossága gyorsan nőtt a következő évtizedben."])
    assert not _leans(["Bevezető mondat itt áll.", "Ezzel a poszttal kezdem meg a forrásanyag feldolgozását."])
    assert not _leans(["Bevezető mondat itt áll.", "Ez a projekt a kispesti lakótelep történetét dolgozza fel."])
    assert not _leans(["Bevezető mondat itt áll.", "Ez az 1977-es év sűrű lehetett a tervezőknek és az építőknek."])
    assert not _leans(["Bevezető mondat itt áll.", "Térképen szeretném ábrázolni az épületek típusait és adatait."])
    assert not _leans(["Úvodní věta je tady.", "Letos jsem poprvé vyzkoušel programování v Pythonu a bavilo mě to."])
    post = (
        "<p>Ezzel a poszttal kezdem meg a lakótelep forrásanyagának feldolgozását, amelyet a levéltárban találtam a "
        "tavalyi kutatás során. Ez vezetett a tényleges célomon túlmutató anyaghoz, amit érdemesnek találtam "
        "feldolgozni.</p><p>Szükséges egy ilyen történeti munkához kezdő időpontot szabni, de legalábbis csillapítani "
        "az étvágyat a visszamenőleges kutakodásnál.</p><p>A lakótelep építése a városrész rehabilitációjaként "
        "indult, amely a lakhatási gondokat is próbálta megoldani a hatvanas években.</p>"
    )
    summary = _summary("Lakótelep, 1. rész", post)
    assert summary.startswith("Ezzel a poszttal kezdem"), summary


def test_the_pages_own_links_below_are_no_summary_sentence():
    """Set 68b, finding 9 (2i2c-org--jobs.xml, repository 2i2c-org/2i2c-org.github.io, in /work/unseen68b/feeds): "If
    you're interested, learn more about 2i2c at the links below, and more about this job posting on the rest of this
    page." ended the summary: it sends the reader to parts of the page the digest does not show. A sentence that
    only mentions links ("The links between the two sites were cut.") stays."""
    assert not usable(
        "If you’re interested, learn more about the team at the links below, and more about this job on the rest of "
        "this page."
    )
    assert not usable("Scroll down for the full list of requirements and the benefits we offer.")
    assert usable("The links between the two data centres were cut during the storm on Monday.")
    assert usable("The rest of the team joined the project later that year, after the first release.")


def test_a_shows_credits_are_no_summary_sentence():
    """Set 68b, finding 8 (Harmontown--megaphone-podcast.xml, repository Harmontown's megaphone feed, in
    /work/unseen68b/feeds): "Featuring Jeff B Davis, Spencer Crittenden, Dan Harmon, Church, and music by unsung
    hero Brendan Lynch-Salamon." was the summary's only sentence, the episode's own short sentences too short to
    count: the digest shows the excerpt. A sentence that opens "Featuring" and goes on in prose stays."""
    assert cast_line(
        "Featuring Jeff B Davis, Spencer Crittenden, Dan Harmon, Church, and music by unsung hero Brendan Lynch-Salamon."
    )
    assert cast_line("Starring Ana Lima, Tom Berg and Jo Park.")
    assert not cast_line("Featuring a new engine and twice the battery life, the phone costs less than last year's.")
    assert not cast_line("Featuring Apple's new chip, the laptop is faster than any before it.")
    assert usable("Featuring Apple's new chip, the laptop is faster than any before it.")
