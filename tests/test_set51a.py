"""Set 51's findings F2 and F3 (/work/unseen51/FINDINGS.md). No file of them has a licence (SOURCES.md): made-up
text in each item's shape."""

from bot.usable import usable
from tests.builders import excerpt


def _shows(markup: str, start: str = "", end: str = "", part: str = "") -> None:
    """Asserts that the excerpt of ``markup`` opens with ``start``, ends with ``end`` and holds ``part``."""
    shown = excerpt(markup)
    assert shown.startswith(start) and shown.endswith(end) and part in shown, shown


def test_a_last_sentence_pointing_at_what_the_excerpt_drops_goes():
    """set51 F2: askin--askin-ws-blog-tr.xml (askin.ws's Hugo blog) ended its excerpts on "Aşağıdaki gibi bir pom.xml
    dosyaminizin olduğunu düşünelim.", "Genellikle aşağıdaki şekilde kullanıyorum." (code after them), "…verilen
    bilgiye bakalım." (a quote after it: no rule since the review, "bakalım" an idiom as often), and its digest
    on "…aşağıdaki kodla 120 karektere çıkartabilirsiniz.";
    korcasus--read-write-ko.xml (korcasus.github.io's Hugo blog) on "아래의 2개가 적합해보였습니다." and "공식 문서에서는 크게
    두 가지 타입을 지원합니다." (a list after them). Made-up sentences in their shape."""
    intro = "<p>Sunucuda disk dolunca hangi dizinin yer kapladığını bulmak gerekiyor. Bunun için du komutu yeterli.</p>"
    code = '<div class="highlight"><pre><code>du -sh * | sort -h</code></pre></div>'
    pointed = intro[:-4] + " Genellikle aşağıdaki şekilde kullanıyorum.</p>" + code + "<p>Kısa bir not daha.</p>"
    _shows(pointed, end="du komutu yeterli.")
    korean = (
        "<p>이미지를 저장하고 있었지만 어떤 태그가 있는지 보기가 어려웠습니다. 그래서 관리 화면을 설치하는 방안을 찾아보았습니다.</p>"
        "<p>검색해보니 아래의 2개가 적합해보였습니다.</p><ul><li>https://example.org/a</li><li>https://example.org/b</li></ul>"
        "<p>첫 번째가 더 가볍기 때문에 그것을 골랐습니다. 설치는 어렵지 않았습니다.</p>"
    )
    _shows(korean, end="찾아보았습니다.")
    counted = (
        "<p>변수를 올바르게 작성했는지 확인하려면 배포를 해보아야 합니다. 간단히 테스트하는 방법을 공유합니다.</p>"
        "<h2>Variable</h2><p>공식 문서에서는 크게 두 가지 타입을 지원합니다.</p><ul><li>Plain</li><li>Formula</li></ul>"
        "<p>Plain은 이름과 일치하는 값으로 대체됩니다. Formula는 계산한 뒤 대체됩니다.</p>"
    )
    _shows(counted, part="두 가지 타입을 지원합니다. • Plain • Formula")
    assert not usable("Eğer yetmiyorsa aşağıdaki kodla sütunu 120 karaktere çıkartabilirsiniz.")
    assert not usable("Sisteminize göre aşağıdaki gibi bir komutla servisi yeniden başlatabilirsiniz.")
    # Near misses: "aşağıdaki" a place, "bakalım" an idiom, a count in prose before a list of other headlines
    assert usable("Annem yıllardır aşağıdaki mahallede küçük bir evde oturuyor.")
    assert usable("Seçimden sonra fiyatlar ne olacak bakalım.")
    # (a count in prose, a list of other headlines after it: the list goes, counted is read only before a bullet)
    related = "<ul><li>Belediye yeni otobüs hattı açtı</li><li>Hafta sonu yağmur bekleniyor</li></ul>"
    prose = intro[:-4] + " Kazada iki yolcu hafif yaralandı.</p>" + related + "<p>" + "Sonuçlar yakında. " * 5 + "</p>"
    _shows(prose, end="iki yolcu hafif yaralandı.")


def test_a_note_about_the_post_and_a_notice_box_before_the_story_go():
    """set51 F3: dogeorg--dogecoin-advisories-es.xml (the Dogecoin Foundation's advisories) opened on "<p>Nota: una
    versión anterior de este comunicado usaba “nosotros”… Ha sido editado para clarificarlo.</p>" (a plain label),
    korcasus--read-write-ko.xml on a Hugo notice box's body ("<div class="notice info"><p class="notice-title">알림</p>
    <p>Mac 기준으로 설명합니다.</p></div>"), scout-cpu--interconnects-substack.xml (Interconnects' Substack) on an
    italic "<p><em>This post was originally an op-ed co-authored with …</em></p>" before a Share button. Made-up words
    in their shape."""
    story = (
        "<p>" + "La plataforma detuvo hoy los retiros y dijo que encontró un problema menor en la red. " * 2 + "</p>"
    )
    note = "<p>Nota: una versión anterior de este comunicado usaba un nombre equivocado. Ha sido editado.</p>" + story
    _shows(note, start="La plataforma detuvo")
    box = (
        '<div class="notice info"><p class="notice-title"><span class="icon"><svg></svg></span>알림</p>'
        "<p>Windows 기준으로 설명합니다.</p></div><h2>Uninstall</h2>"
        "<p>기존 도구를 지우고 새 도구로 전환해야 하는 상황이었습니다. 설치한 뒤 기본 기능들을 하나씩 실행해 보았습니다.</p>"
    )
    _shows(box, start="기존 도구를 지우고")
    # Near misses: a plain note that is the news; a box that is all the text; a box of a class no notice's
    news = "<p>Nota: el servicio estará detenido esta noche por mantenimiento.</p>" + story
    _shows(news, start="Nota: el servicio")
    alone = '<div class="notice info"><p>Windows 기준으로 설명합니다. 설치 과정은 짧습니다.</p></div>'
    _shows(alone, start="Windows 기준으로")
    plain_box = box.replace("notice info", "entry-content")
    _shows(plain_box, part="Windows 기준으로")
    italic = (
        "<p><em>This post was originally an op-ed co-written with a friend and co-authored for a general audience."
        ' Editors passed on it.</em></p><p class="button-wrapper"><a class="button">Share</a></p>'
    )
    op_ed = italic + "<p>" + "The push to regulate software is in the air in the capital this spring. " * 2 + "</p>"
    _shows(op_ed, start="The push to regulate")
    standfirst = op_ed.replace("was originally an op-ed co-written with a friend and co-authored", "explains the bill")
    _shows(standfirst, start="This post explains the bill")


def test_the_near_misses_of_set51s_pointers_stay():
    """The review of set51 F2's rules (askin--askin-ws-blog-tr.xml, korcasus--read-write-ko.xml: made-up text): Korean
    "아래" is "under" too ("총리 아래 두 개의 위원회", "나무 아래 두 개의 벤치"): a pointer needs "아래의"; Turkish
    "…[ae] bakalım." is an idiom as often ("önümüze bakalım"): no pointer; a count is read only at the end of the
    last sentence before a list ("no two ways about it: the vote was a defeat.", "took two steps back…")."""
    from bot.pointers import counted, points_at_page

    assert points_at_page("검색해보니 아래의 2개가 적합해보였습니다.")
    assert not points_at_page("정부는 총리 아래 두 개의 위원회를 새로 설치했다.")
    assert not points_at_page("나무 아래 두 개의 벤치가 놓여 있었다.")
    assert not points_at_page("아래의 두 개발자가 참여했다.")
    assert usable("Geçmişi unutalım, önümüze bakalım.")
    assert usable("Bugünlük bu kadar, yarın tekrar hayatımıza bakalım.")
    assert counted("Bunun için iki yol var. • a • b", 23) and counted("We support three kinds of input. • a", 32)
    for sentence in ("He took two steps back and said nothing.", "Kazada iki yolcu hafif yaralandı."):
        assert not counted(sentence + " • a • b", len(sentence))
    korean = "String의 두가지 생성 방식이 있고 각각의 차이점이 있다."
    assert counted(korean + " • a • b", len(korean))
    one = "한 가지 확실한 것은 우리가 이 문제를 곧 해결해야 한다는 점이다."
    assert not counted(one + " • a • b", len(one))
    across = "We tried three methods and all failed! So we hired a vendor."
    assert not counted(across + " • Acme • Globex", len(across))
    defeat = (
        "<p>The council voted on Tuesday night to close the old library and sell the building to a developer."
        " Residents were furious, and the mayor admitted there were no two ways about it: the vote was a defeat.</p>"
        "<ul><li>Mayor's office to move in spring</li><li>Bus route 12 cut from March</li></ul>"
        "<p>" + "The developer plans sixty flats on the site and says work could begin next year. " * 2 + "</p>"
    )
    _shows(defeat, end="the vote was a defeat.")


def test_the_near_misses_of_set51s_notes_stay_and_other_notes_go():
    """The review of set51 F3's rules (dogeorg--dogecoin-advisories-es.xml, korcasus--read-write-ko.xml,
    scout-cpu--interconnects-substack.xml: made-up text): a plain note goes only when it says the post was edited
    (not "esta entrada es gratuita", a ticket); a box only of a note's, an info's or a tip's kind under a short title
    (not "admonition abstract", "alert alert-danger", a bare "info"); an italic paragraph only in the post's own
    history ("This post was originally…", not "originally a REST service", "co-authored by forty scientists"). And
    the notes in bold, in italics, in Portuguese, GitHub's and Docusaurus' boxes go too."""
    story = "<p>" + "The team shipped the new release this week after months of testing on real hardware. " * 2 + "</p>"
    for note in (
        "<p><strong>Nota:</strong> una versión anterior de este comunicado usaba un nombre equivocado.</p>",
        "<p><em>Nota: una versión anterior de este comunicado usaba un nombre equivocado.</em></p>",
        "<p>Nota: uma versão anterior deste artigo usava um nome errado. Foi corrigido.</p>",
        "<p><strong>Remarque :</strong> une version précédente de cet article citait un mauvais nom.</p>",
        '<div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title">Note</p>'
        "<p>macOS only.</p></div>",
        '<div class="admonition admonition-note"><div class="admonition-heading"><h5>note</h5></div>'
        '<div class="admonition-content"><p>This post assumes macOS.</p></div></div>',
    ):
        _shows(note + story, start="The team shipped")
    for kept in (
        "<p>Nota: esta entrada es gratuita para los socios del club que presenten su carnet.</p>",
        "<p>Hinweis: Dieser Beitrag wird ab Januar auf 12 Euro im Monat erhöht.</p>",
        "<p>Nota: este artículo de la ley entra en vigor el 1 de enero para todos los contribuyentes.</p>",
        "<p>Remarque : ce billet est valable pour deux personnes jusqu'au 31 mars.</p>",
        '<div class="alert alert-danger"><p>All users must upgrade to version 4.2.1 immediately: earlier versions'
        " are being exploited.</p></div>",
        '<div class="info"><p>Kyiv, 5 December. Ukraine and Poland signed a new grain transit deal.</p></div>',
        "<p><em>This post explains why our API, originally a REST service, moved to gRPC and what it cost us.</em></p>",
        "<p><em>This report, co-authored by forty climate scientists, finds that glaciers lost a tenth of their ice."
        "</em></p>",
    ):
        _shows(kept + story, start=kept[kept.index("<p>") + 3 :].removeprefix("<em>")[:12])
    tldr = (
        '<div class="admonition abstract"><p class="admonition-title">TL;DR</p><p>We cut CI time from 40 to 9 minutes'
        " by dropping Jenkins.</p></div>"
    )
    _shows(tldr + story, part="We cut CI time")
