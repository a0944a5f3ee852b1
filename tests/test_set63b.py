"""Set 63's F5, F8, F11, F13, F14, F15 and F16 (/work/unseen63/FINDINGS.md; the feeds are listed in its SOURCES.md).
Made-up text in each finding's shape: the feeds carry no licence."""

from __future__ import annotations

from bot.anaphora import leans_within
from bot.blocks import html_blocks
from bot.clausecuts import clause_cut
from bot.excerpt import excerpt_with_notes, make_excerpt
from bot.names import author_list, surnamed_before
from bot.sentences import split_sentences
from bot.summary import SourceText, summarize
from bot.usable import usable


def test_a_full_width_bracket_closes_the_sentence_it_opened() -> None:
    """F14: xheldon--ja-feed.xml (Xheldon/x_blog): "…という暗示です。" / "）一度…" split before the bracket's close,
    and set10's chardet--EUC-JP-arclamp.jp.xml: "…の鬼（というか仙人？" / "）田村洋一さんと忘年会。"."""
    text = (
        "これを朝の習慣と呼びます。（つまり、毎日の（小さな）締め切りのことです。）一度決めると、続けやすくなります。"
    )
    assert split_sentences(text, "ja") == [
        "これを朝の習慣と呼びます。",
        "（つまり、毎日の（小さな）締め切りのことです。）",
        "一度決めると、続けやすくなります。",
    ]
    text = "昨日は先輩の紹介で山の達人（というか仙人？）佐藤さんと食事。楽しかった。"
    assert split_sentences(text, "ja") == [
        "昨日は先輩の紹介で山の達人（というか仙人？）佐藤さんと食事。",
        "楽しかった。",
    ]
    # near misses: a bracket opened at a sentence's start ends it; no close, no change
    assert split_sentences("（これは（短い）注釈です。）次の文です。", "ja") == [
        "（これは（短い）注釈です。）",
        "次の文です。",
    ]
    assert split_sentences("いいね！そして次。", "ja") == ["いいね！", "そして次。"]
    assert split_sentences("楽しかった。（笑）次は海へ。", "ja") == ["楽しかった。", "（笑）次は海へ。"]


def test_an_excerpt_cut_inside_a_sentence_stops_at_a_clause_boundary() -> None:
    """F5: mcv-software--twblue-es-rss.xml (MCV-Software/twblue.es), "…de código fuente; al mismo tiempo, podíamos
    recibir retroalimentación de los…", and mos3abof--ar-atom.xml (mos3abof/mos3abof.github.io), "…على الأقل .. في
    المرة الأخيرة جذب ابنه…": cut at the ";" or the Arabic " .. " inside the limit, not at a word."""
    text = (
        "Si usas la aplicación desde hace tiempo, seguro recuerdas las compilaciones nocturnas. Gracias a esas "
        "compilaciones, la gente podía probar los cambios más recientes que aparecían en nuestro repositorio de "
        "código; al mismo tiempo, nosotros recibíamos comentarios de los usuarios para mejorar todo antes de cada "
        "versión estable del programa."
    )
    assert make_excerpt(text).endswith("en nuestro repositorio de código…")
    arabic = (
        "في عام 2050 ينام رجل عجوز في سريره وحوله أولاده وأحفاده ويبدو عليهم الحزن الشديد على الرجل الذي غاب عن "
        "الوعي من التعب .. فجأة يفتح الرجل عينيه ويقول كلمة واحدة ثم يغيب عن الوعي مرة أخرى .. ظل يكرر ذلك ثلاث "
        "مرات على الأقل .. في المرة الأخيرة أمسك يد ابنه بقوة وقال له كلاما طويلا لم يفهمه أحد من الحاضرين هناك"
    )
    assert make_excerpt(arabic).endswith("ثلاث مرات على الأقل…")
    # near misses: a ";" far back is no place to stop, nor a version range's ".." in Latin text
    early = "We fixed it; " + "then the team kept working on the many other open problems of the release " * 5
    assert not make_excerpt(early).startswith("We fixed it…")
    ranges = "The tool accepts ranges " + "like 1..5 and " * 40 + "more."
    assert make_excerpt(ranges).endswith(" and…") or make_excerpt(ranges).endswith("5…")
    assert clause_cut("x" * 10 + " 1..5 " + "y " * 200, 300) == -1


def test_a_citations_author_list_is_no_summary_sentence() -> None:
    """F16: rrader--index.xml (rrader/rrader.github.io): "RADER Roman, JEŘÁBEK Kamil and RYŠAVÝ Ondřej." was a
    digest's first sentence."""
    assert not usable("NOVÁK Petra, DVOŘÁK Jan and KRÁL Tomáš.")
    assert not usable("SMITH Anna, JONES Brian, and BROWN Carla.")
    story = SourceText(
        "Paper at the networking conference",
        (
            "NOVÁK Petra, DVOŘÁK Jan and KRÁL Tomáš.",
            "Our paper on detecting data theft over encrypted name lookups was published at the conference.",
            "We presented the method to an audience of network researchers in the main hall.",
        ),
    )
    assert all("NOVÁK" not in sentence for sentence in summarize([story], 3))
    # near misses: a sentence of names that says something; names in ordinary case
    assert usable("NASA Administrator Bill Nelson and his deputy visited the plant.")
    assert not author_list("Alice, Bob and Carol.")
    assert not author_list("IBM Research and MIT showed results.")


def test_sentences_leaning_on_an_unshown_one() -> None:
    """F11: b4fs--assange-court-report.xml (B4FS/assange-court-report): "According to Dobbin, …" after "Clair Dobbin KC
    for the Crown Prosecution Service…", "…, Summers went on to argue, …"; istiocn--zh-feed.xml
    (istiocn/istiocn.github.io): "为此，你设置了…"; mos3abof--ar-atom.xml (mos3abof/mos3abof.github.io): "هي صحيح ذكرت…",
    "بس يوم ما…", "فلا تسأليني…"."""
    before = [
        "The hearing went on for a second day in the capital.",
        "Jane Holloway KC for the ministry said the case was about theft, not about the press.",
        "The two judges asked a few questions.",
    ]
    assert surnamed_before("According to Holloway, the leak was different from reporting.", before, "") == 1
    assert (
        surnamed_before("According to Holloway, the leak was different.", before, "Holloway argues for the ministry")
        < 0
    )
    assert surnamed_before("Mr Grant looked tired.", ["Yesterday Mr Grant appeared in court."], "") < 0  # (a title)
    assert surnamed_before("Sonnet 5 is as smart as Sonnet 4.", ["Now Claude Sonnet 5 is here."], "") < 0  # (a version)
    assert surnamed_before("The team works across Ohio.", ["Location: Western Ohio"], "") < 0  # (a label's line)
    assert surnamed_before("Panel access is back soon.", ["Update Panel restored."], "") < 0  # (opening, no comma)
    assert leans_within("The risk to free speech, Grant went on to argue, is grave.")
    assert not leans_within("She went on to win the title in 2019.")
    assert leans_within("为此，你创建了一个数据库的实例。")
    assert not leans_within("为了测试，我们创建了一个实例。")
    assert leans_within("هي صحيح قيلت، بس قيلت ليه؟!")
    assert leans_within("فلا تسألني أبدا عن العشاء.")
    assert not leans_within("فجأة يفتح الرجل عينيه ويقول كلمة.")  # ("suddenly": no clitic)
    assert not leans_within("في عام 2050 ينام رجل عجوز في سريره.")


def test_short_lines_of_a_caseless_script_keep_their_breaks() -> None:
    """F13: mos3abof--ar-atom.xml (mos3abof/mos3abof.github.io): a list of memories in <br> lines ran together as one
    sentence ("…قعدتك مع بابا في ثانوي درس الفيزيا اللي حضرناه سوا…"): Arabic has no capitals to open a poem's lines."""
    markup = (
        "<p>تذكرت كل الأيام الحلوة اللي عشناها سوا.</p><p>أول يوم في المدرسة<br /> رحلة البحر مع العيلة<br />"
        " المذاكرة سوا في الشتا<br /> حفلة التخرج<br /> أول شغل في المدينة</p>"
    )
    assert html_blocks(markup).lines[1] == (
        "أول يوم في المدرسة / رحلة البحر مع العيلة / المذاكرة سوا في الشتا / حفلة التخرج / أول شغل في المدينة"
    )
    # near misses: a line that ends a sentence needs no "/" (it would open the next sentence); long hard-wrapped lines
    markup = "<p>Our first day at school<br>The trip to the sea<br>Studying in the winter.<br>The graduation party<br>Our first job</p>"
    assert "winter. The graduation" in html_blocks(markup).lines[0]
    wrapped = (
        "<p>" + "<br>".join(["كان يوم طويل جدا في الشغل ورجعت البيت متأخر وتعبان جدا من الطريق الزحمة"] * 4) + "</p>"
    )
    assert " / " not in html_blocks(wrapped).lines[0]


def test_a_sentence_trailing_off_on_a_conjunction_is_not_taken() -> None:
    """F15: mos3abof--ar-atom.xml (mos3abof/mos3abof.github.io): "…عاوز أوصل بسرعة و.. وفجأة…" read as a sentence
    "…بسرعة و." in a digest. (The paragraph that opens mid-sentence after it is left: see bot/unfinished.py.)"""
    assert not usable("كنت ماشي في الشارع بسرعة علشان عاوز أوصل للمحطة بدري و.")
    assert not usable("I was walking down the street in a hurry to catch the train and.")
    # near misses: a whole sentence; a letter that is a conjunction elsewhere ("plan B or E.")
    assert usable("I was walking down the street in a hurry to catch the train.")
    assert usable("We looked at every option and settled for vitamin E.")


def test_the_links_a_below_sentence_announces_are_kept_as_items() -> None:
    """F8: b4fs--assange-court-report.xml (B4FS/assange-court-report): "Below you’ll find submissions from …" was the
    whole excerpt and the digest's summary, the links it announces (one a paragraph) dropped."""
    markup = (
        "<p>Below you’ll find the filings from the defence team on the guarantees given by the ministry - as well as"
        " the ministry reply - for the hearing on 3 June 2025.</p>"
        '<p><a href="https://example.org/a.pdf">Defence team filing</a></p>'
        '<p><a href="https://example.org/b.pdf">Ministry reply</a></p>'
        "<p>The judges will rule on the appeal in the autumn after they have read all of the filings.</p>"
    )
    excerpt = excerpt_with_notes(html_blocks(markup), 300, "Filings on the guarantees").text
    assert excerpt.endswith("3 June 2025. • Defence team filing • Ministry reply…"), excerpt
    assert not usable("Below you’ll find the filings from the defence team for the hearing in June.")
    # near misses: "below" that points at nothing; short lines after a sentence that does not point below
    assert usable("Below zero temperatures are expected across the north this week.")
    other = markup.replace("Below you’ll find the filings", "We read the filings")
    assert "•" not in excerpt_with_notes(html_blocks(other), 300, "Filings on the guarantees").text
