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
    bilgiye bakalım." (a quote after it), and its digest on "…aşağıdaki kodla 120 karektere çıkartabilirsiniz.";
    korcasus--read-write-ko.xml (korcasus.github.io's Hugo blog) on "아래의 2개가 적합해보였습니다." and "공식 문서에서는 크게
    두 가지 타입을 지원합니다." (a list after them). Made-up sentences in their shape."""
    intro = "<p>Sunucuda disk dolunca hangi dizinin yer kapladığını bulmak gerekiyor. Bunun için du komutu yeterli.</p>"
    code = '<div class="highlight"><pre><code>du -sh * | sort -h</code></pre></div>'
    pointed = intro[:-4] + " Genellikle aşağıdaki şekilde kullanıyorum.</p>" + code + "<p>Kısa bir not daha.</p>"
    _shows(pointed, end="du komutu yeterli.")
    quote = (
        "<blockquote><p>The du utility displays the file system block usage for each file argument and for each"
        " directory in the file hierarchy rooted in each directory argument. If no file is specified, the block usage"
        " of the hierarchy rooted in the current directory is displayed. Files having multiple hard links are counted"
        " and displayed a single time per du execution. Symbolic links are not followed unless an option says so,"
        " and the sizes of the links themselves are counted instead of the files they point to.</p></blockquote>"
    )
    after = "<p>Kılavuza göre gizli dosyalar da sayılıyor, fakat yıldız karakteri kabukta onları listelemiyor.</p>"
    looked = intro[:-4] + " Ama gizli dosyalar konusunda ekipte bir anlaşmazlığa düştük."
    looked += " Önce kılavuzda verilen bilgiye bakalım.</p>" + quote + after
    _shows(looked, end="anlaşmazlığa düştük.")
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
    # Near misses: "aşağıdaki" a place, "bakalım" an idiom, a count in prose with no list after it
    assert usable("Annem yıllardır aşağıdaki mahallede küçük bir evde oturuyor.")
    assert usable("Seçimden sonra fiyatlar ne olacak bakalım.")
    prose = (
        intro[:-4] + " Ekip bu hafta iki farklı yöntem denedi.</p><p>" + "Sonuçlar yakında paylaşılacak. " * 3 + "</p>"
    )
    _shows(prose, part="iki farklı yöntem denedi.")


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
